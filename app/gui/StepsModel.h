#pragma once

#include "check/CheckResult.h"

#include <QAbstractTableModel>

namespace md::gui {

/// The steps of the checks in a run, live: a running step shows as "running", a finished one with
/// its status, duration, a waterfall bar (placed at its start, as long as it took) and detail.
class StepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, DurationColumn, WaterfallColumn, DetailColumn, ColumnCount };
    /// Role of the WaterfallColumn: QPointF(start fraction, length fraction) of the source's span.
    static constexpr int BarRole = Qt::UserRole + 1;

    explicit StepsModel(QObject *parent = nullptr);

    void stepStarted(const QString &source, const QString &name, qint64 atMs);
    void stepFinished(const QString &source, const Step &step);
    /// The check of `source` ended: its total time fixes the waterfall's scale; an open step ends.
    void checkFinished(const QString &source, const CheckResult &result);
    void clear();

    /// A person's name for a step id ("auth" → "Log in").
    [[nodiscard]] static QString stepTitle(const QString &name);
    [[nodiscard]] int runningCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString source;
        Step step;
        bool running = false;
    };
    [[nodiscard]] qint64 span(const QString &source) const;
    void refreshBars();

    QList<Row> m_rows;
    QHash<QString, qint64> m_totals;
};

}  // namespace md::gui
