#include "StepsModel.h"

#include "Icons.h"

#include <algorithm>
#include <QPointF>

namespace md::gui {

StepsModel::StepsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QString StepsModel::stepTitle(const QString &name)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("resolve"), QT_TR_NOOP("Find the server (DNS)") },
        { QStringLiteral("connect"), QT_TR_NOOP("Connect") },
        { QStringLiteral("tls"), QT_TR_NOOP("Encrypt the connection (TLS)") },
        { QStringLiteral("greeting"), QT_TR_NOOP("Server greeting") },
        { QStringLiteral("ehlo"), QT_TR_NOOP("Introduce ourselves (EHLO)") },
        { QStringLiteral("helo"), QT_TR_NOOP("Introduce ourselves (HELO)") },
        { QStringLiteral("starttls"), QT_TR_NOOP("Switch to encryption (STARTTLS)") },
        { QStringLiteral("ehlo_tls"), QT_TR_NOOP("Introduce again, encrypted (EHLO)") },
        { QStringLiteral("capability"), QT_TR_NOOP("Ask what the server supports") },
        { QStringLiteral("capability_tls"), QT_TR_NOOP("Ask again, encrypted") },
        { QStringLiteral("capa"), QT_TR_NOOP("Ask what the server supports") },
        { QStringLiteral("capa_tls"), QT_TR_NOOP("Ask again, encrypted") },
        { QStringLiteral("stat"), QT_TR_NOOP("Count the messages") },
        { QStringLiteral("auth"), QT_TR_NOOP("Log in") },
        { QStringLiteral("login"), QT_TR_NOOP("Log in") },
        { QStringLiteral("mail_from"), QT_TR_NOOP("Sender accepted? (MAIL FROM)") },
        { QStringLiteral("rcpt_to"), QT_TR_NOOP("Recipient accepted? (RCPT TO)") },
        { QStringLiteral("data"), QT_TR_NOOP("Send the test message") },
        { QStringLiteral("rset"), QT_TR_NOOP("Reset") },
        { QStringLiteral("quit"), QT_TR_NOOP("Say goodbye") },
        { QStringLiteral("logout"), QT_TR_NOOP("Say goodbye") },
        { QStringLiteral("list"), QT_TR_NOOP("List folders") },
        { QStringLiteral("examine"), QT_TR_NOOP("Open the inbox") },
        { QStringLiteral("check"), QT_TR_NOOP("Check") },
        { QStringLiteral("oauth_token"), QT_TR_NOOP("Get the sign-in (OAuth2) from the keychain") },
        { QStringLiteral("oauth_refresh"), QT_TR_NOOP("Renew the sign-in (OAuth2)") },
    };
    const auto it = titles.constFind(name);
    return it == titles.constEnd() ? name : tr(it.value());
}

void StepsModel::stepStarted(const QString &source, const QString &name, qint64 atMs)
{
    Row row;
    row.source = source;
    row.step.name = name;
    row.step.startMs = atMs;
    row.running = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << row;
    endInsertRows();
}

void StepsModel::stepFinished(const QString &source, const Step &step)
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (row.source == source && row.running && row.step.name == step.name) {
            row.step = step;
            row.running = false;
            refreshBars();
            return;
        }
    }
    // A step that was never announced (skipped steps): add it.
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << Row { source, step, false };
    endInsertRows();
    refreshBars();
}

void StepsModel::checkFinished(const QString &source, const CheckResult &result)
{
    m_totals.insert(source, result.totalMs);
    // The result's steps are the truth (a cancelled or failed step is closed there).
    int first = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).source == source) {
            first = i;
            break;
        }
    }
    if (first >= 0) {
        int last = first;
        while (last + 1 < m_rows.size() && m_rows.at(last + 1).source == source)
            ++last;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
    } else {
        first = int(m_rows.size());
    }
    if (!result.steps.isEmpty()) {
        beginInsertRows({}, first, first + int(result.steps.size()) - 1);
        for (int i = 0; i < result.steps.size(); ++i)
            m_rows.insert(first + i, Row { source, result.steps.at(i), false });
        endInsertRows();
    }
    refreshBars();
}

void StepsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totals.clear();
    endResetModel();
}

int StepsModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.running; }));
}

qint64 StepsModel::span(const QString &source) const
{
    qint64 total = m_totals.value(source, 0);
    for (const Row &row : m_rows) {
        if (row.source == source)
            total = std::max(total, row.step.startMs + row.step.ms);
    }
    return std::max<qint64>(total, 1);
}

void StepsModel::refreshBars()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Step &step = row.step;
    switch (index.column()) {
    case StepColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.source.isEmpty() ? stepTitle(step.name)
                                        : QStringLiteral("%1: %2").arg(row.source, stepTitle(step.name));
        if (role == Qt::ToolTipRole)
            return step.name;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (row.running)
                return tr("running…");
            switch (step.status) {
            case Step::Status::Ok:
                return tr("OK");
            case Step::Status::Failed:
                return tr("FAILED");
            case Step::Status::Warning:
                return tr("warning");
            case Step::Status::Skipped:
                return tr("skipped");
            }
        }
        if (role == Qt::DecorationRole)
            return row.running ? icon("running") : statusIcon(step.status);
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.running ? QString() : tr("%1 ms").arg(step.ms);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case WaterfallColumn:
        if (role == BarRole && !row.running) {
            const double total = double(span(row.source));
            return QPointF(double(step.startMs) / total, double(step.ms) / total);
        }
        if (role == Qt::AccessibleTextRole && !row.running)
            return tr("starts at %1 ms, takes %2 ms").arg(step.startMs).arg(step.ms);
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return step.detail;
        break;
    default:
        break;
    }
    return {};
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Time");
    case WaterfallColumn:
        return tr("When (waterfall)");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

}  // namespace md::gui
