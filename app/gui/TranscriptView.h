#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace md::gui {

class TranscriptModel;

/// The live transcript: a list view on TranscriptModel (monospace, one row per line), a legend
/// that says what C:, S:, TLS and tls mean, find (Ctrl+F), copy selection (Ctrl+C) and copy all.
/// Follows new lines only while the user is at the bottom.
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(TranscriptModel *model, QWidget *parent = nullptr);

    /// Shows the find bar and puts the cursor in it.
    void startFind();
    /// Selects the next (or previous) line containing the find text; false when there is none.
    bool findNext(bool backwards = false);
    /// The selected lines, in order, one per line.
    [[nodiscard]] QString selectedText() const;
    void copySelection() const;
    void copyAll() const;
    [[nodiscard]] QListView *listView() const { return m_list; }
    [[nodiscard]] QLineEdit *findEdit() const { return m_find; }

private:
    TranscriptModel *m_model;
    QListView *m_list = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    bool m_follow = true;
};

}  // namespace md::gui
