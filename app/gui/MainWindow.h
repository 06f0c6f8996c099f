#pragma once

#include <QMainWindow>

class QListWidget;

namespace md::gui {

class DiagnoseView;

/// The main window: on the left the accounts ("Quick check": settings typed without saving), on the
/// right the diagnose view. Remembers its geometry; closing it during a check cancels the check.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    [[nodiscard]] DiagnoseView *diagnoseView() const { return m_view; }
    [[nodiscard]] QListWidget *accountList() const { return m_accounts; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();

    QListWidget *m_accounts = nullptr;
    DiagnoseView *m_view = nullptr;
};

}  // namespace md::gui
