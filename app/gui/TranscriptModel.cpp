#include "TranscriptModel.h"

#include "diagnosis/Explain.h"
#include "Icons.h"
#include "transcript/Report.h"

#include <algorithm>
#include <QRegularExpression>

namespace md::gui {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent)
{
    m_flushTimer.setInterval(kFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::append(const TranscriptEvent &event, const QString &source)
{
    Line line { event.ms, event.kind, event.encrypted, terminalSafe(event.text), source };
    if (line.text.size() > kMaxLineChars) {
        const qsizetype rest = line.text.size() - kMaxLineChars;
        line.text.truncate(kMaxLineChars);
        line.text += tr(" … +%n more character(s)", nullptr, int(rest));
    }
    m_pending.push_back(std::move(line));
    // The queue is bounded too: what could never be shown is dropped now.
    if (m_pending.size() > kMaxRows) {
        const qsizetype extra = m_pending.size() - kMaxRows;
        m_pending.erase(m_pending.begin(), m_pending.begin() + extra);
        m_dropped += extra;
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::flush()
{
    if (m_pending.isEmpty())
        return;
    const qsizetype take = std::min<qsizetype>(m_pending.size(), kBatchRows);
    // Drop the oldest rows first so the model never exceeds its bound.
    const qsizetype over = m_lines.size() + take - kMaxRows;
    if (over > 0) {
        beginRemoveRows({}, 0, int(over) - 1);
        m_lines.erase(m_lines.begin(), m_lines.begin() + over);
        endRemoveRows();
        m_dropped += over;
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + take) - 1);
    m_lines.append(m_pending.mid(0, take));
    m_pending.erase(m_pending.begin(), m_pending.begin() + take);
    endInsertRows();
    if (!m_pending.isEmpty())
        m_flushTimer.start();
}

void TranscriptModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_dropped = 0;
    endResetModel();
}

QString TranscriptModel::render(const Line &line)
{
    QString marker;
    switch (line.kind) {
    case TranscriptEvent::Kind::Sent:
        marker = QStringLiteral("C:");
        break;
    case TranscriptEvent::Kind::Received:
        marker = QStringLiteral("S:");
        break;
    case TranscriptEvent::Kind::Tls:
        marker = QStringLiteral("TLS");
        break;
    case TranscriptEvent::Kind::Info:
        marker = QStringLiteral("info");
        break;
    case TranscriptEvent::Kind::Error:
        marker = QStringLiteral("ERROR");
        break;
    }
    QString out = QStringLiteral("%1  %2 %3 ")
                      .arg(double(line.ms) / 1000.0, 8, 'f', 3)
                      .arg(line.encrypted ? QStringLiteral("tls") : QStringLiteral("   "))
                      .arg(marker, -5);
    if (!line.source.isEmpty())
        out += QStringLiteral("[%1] ").arg(line.source);
    return out + line.text;
}

QString TranscriptModel::lineText(int row) const
{
    return row >= 0 && row < m_lines.size() ? render(m_lines.at(row)) : QString();
}

QString TranscriptModel::allText() const
{
    QString out;
    for (const Line &line : m_lines)
        out += render(line) + QLatin1Char('\n');
    for (const Line &line : m_pending)
        out += render(line) + QLatin1Char('\n');
    return out;
}

QString TranscriptModel::explanationFor(TranscriptEvent::Kind kind, const QString &text)
{
    QStringList parts;
    const auto add = [&parts](const QString &term, const std::optional<QString> &why) {
        if (why && !parts.contains(term + QStringLiteral(": ") + *why))
            parts << term + QStringLiteral(": ") + *why;
    };
    if (kind == TranscriptEvent::Kind::Received) {
        // SMTP: "250-SIZE 10240000", "535 5.7.8 Authentication failed"
        static const QRegularExpression smtp(QStringLiteral("^(\\d{3})[ -]?(.*)$"));
        static const QRegularExpression enhanced(QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
        const QRegularExpressionMatch m = smtp.match(text);
        if (m.hasMatch()) {
            add(m.captured(1), explainReplyCode(m.captured(1).toInt()));
            const QString rest = m.captured(2).trimmed();
            const QRegularExpressionMatch e = enhanced.match(rest);
            if (e.hasMatch())
                add(e.captured(1), explainEnhancedCode(e.captured(1)));
            else if (m.captured(1) == QLatin1String("250") && !rest.isEmpty())
                add(rest.section(QLatin1Char(' '), 0, 0), explainCapability(rest));
        }
        // IMAP: "[AUTHENTICATIONFAILED]" and "* CAPABILITY IMAP4rev1 IDLE …" / "[CAPABILITY …]"
        static const QRegularExpression bracket(QStringLiteral("\\[([A-Z-]+)"));
        const QRegularExpressionMatch b = bracket.match(text);
        if (b.hasMatch() && b.captured(1) != QLatin1String("CAPABILITY"))
            add(b.captured(1), explainImapResponseCode(b.captured(1)));
        const qsizetype cap = text.indexOf(QLatin1String("CAPABILITY "), 0, Qt::CaseInsensitive);
        if (cap >= 0) {
            QString list = text.mid(cap + 11);
            list = list.section(QLatin1Char(']'), 0, 0);
            for (const QString &word : list.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (parts.size() >= 12)
                    break;
                add(word, explainCapability(word));
            }
        }
    } else if (kind == TranscriptEvent::Kind::Sent) {
        // "AUTH PLAIN …", "a1 AUTHENTICATE SCRAM-SHA-256"
        static const QRegularExpression mech(QStringLiteral("\\b(?:AUTH|AUTHENTICATE)\\s+([A-Za-z0-9_-]+)"));
        const QRegularExpressionMatch m = mech.match(text);
        if (m.hasMatch())
            add(m.captured(1), explainMechanism(m.captured(1)));
    }
    return parts.join(QLatin1Char('\n'));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return render(line);
    case Qt::AccessibleTextRole: {
        QString who;
        switch (line.kind) {
        case TranscriptEvent::Kind::Sent:
            who = tr("Sent by Mail Doctor");
            break;
        case TranscriptEvent::Kind::Received:
            who = tr("Server replied");
            break;
        case TranscriptEvent::Kind::Tls:
            who = tr("Encryption");
            break;
        case TranscriptEvent::Kind::Info:
            who = tr("Information");
            break;
        case TranscriptEvent::Kind::Error:
            who = tr("Error");
            break;
        }
        return line.encrypted ? tr("%1 (encrypted): %2").arg(who, line.text) : tr("%1: %2").arg(who, line.text);
    }
    case Qt::ToolTipRole: {
        const QString why = explanationFor(line.kind, line.text);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    case Qt::DecorationRole:
        switch (line.kind) {
        case TranscriptEvent::Kind::Sent:
            return icon("sent");
        case TranscriptEvent::Kind::Received:
            return icon("received");
        case TranscriptEvent::Kind::Tls:
            return icon("lock");
        case TranscriptEvent::Kind::Info:
            return icon("info");
        case TranscriptEvent::Kind::Error:
            return icon("error");
        }
        return {};
    case KindRole:
        return int(line.kind);
    case EncryptedRole:
        return line.encrypted;
    case MessageRole:
        return line.text;
    case SourceRole:
        return line.source;
    default:
        return {};
    }
}

}  // namespace md::gui
