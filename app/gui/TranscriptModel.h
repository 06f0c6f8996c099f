#pragma once

#include "transcript/TranscriptEvent.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVector>

namespace md::gui {

/// The live transcript as a list model. Events are queued by append() and enter the model in
/// batches (one insert per timer tick, at most kBatchRows at a time) so a chatty server cannot
/// freeze the window. Bounded: beyond kMaxRows the oldest lines are dropped (and counted); a line
/// longer than kMaxLineChars is cut with "… +n more characters". Text is already redacted by the
/// core; server text is shown with controls and bidi overrides made visible.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,  ///< TranscriptEvent::Kind as int
        EncryptedRole,  ///< bool: the line travelled inside TLS
        MessageRole,  ///< the line's text without time and markers
        SourceRole  ///< "SMTP", "IMAP", … when several checks share the view
    };
    static constexpr int kMaxRows = 200000;
    static constexpr int kMaxLineChars = 4000;
    static constexpr int kBatchRows = 20000;
    static constexpr int kFlushIntervalMs = 40;

    explicit TranscriptModel(QObject *parent = nullptr);

    /// Queues one event; it appears at the next flush.
    void append(const TranscriptEvent &event, const QString &source = {});
    /// Moves queued events into the model now (up to kBatchRows; the timer takes the rest).
    void flush();
    void clear();
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] qint64 droppedCount() const { return m_dropped; }

    /// One line as shown: "   0.081  tls  C:  EHLO example.org".
    [[nodiscard]] QString lineText(int row) const;
    /// Every line (flushed or not), one per line, for "Copy all".
    [[nodiscard]] QString allText() const;
    /// The explanations (core explain()) of the reply codes, enhanced codes, response codes
    /// and capabilities in one line; empty when none is known.
    [[nodiscard]] static QString explanationFor(TranscriptEvent::Kind kind, const QString &text);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        qint64 ms = 0;
        TranscriptEvent::Kind kind = TranscriptEvent::Kind::Info;
        bool encrypted = false;
        QString text;
        QString source;
    };
    [[nodiscard]] static QString render(const Line &line);

    QVector<Line> m_lines;
    QVector<Line> m_pending;
    QTimer m_flushTimer;
    qint64 m_dropped = 0;
};

}  // namespace md::gui
