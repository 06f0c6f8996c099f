#pragma once

#include <functional>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace md {

/// One SRV record (RFC 2782).
struct SrvRecord {
    QString target;  ///< "." (as the empty string after the root) means "service not offered"
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

/// One MX record (RFC 5321 §5.1).
struct MxRecord {
    QString exchange;
    quint16 preference = 0;
};

/// The one DNS resolver of the core, on c-ares: A/AAAA, SRV, MX and TXT lookups, asynchronous on
/// the Qt event loop (a QSocketNotifier per c-ares socket plus one timer for c-ares' own
/// timeouts). Uses the system's resolver configuration, or exactly one given server and port
/// (IPv4 or IPv6). c-ares' record structures never leave this class.
class Resolver : public QObject
{
    Q_OBJECT
public:
    /// How to reach the name service.
    struct Config {
        std::optional<QHostAddress> server;  ///< unset: the system's configuration (/etc/resolv.conf)
        quint16 port = 53;
        int timeoutMs = 3000;  ///< per try (c-ares doubles it for later rounds)
        int tries = 2;
    };

    /// Record types a lookup can ask for; Address means A and AAAA together.
    enum class Type { Address, Srv, Mx, Txt };

    /// How a lookup ended.
    enum class Status {
        Ok,
        NotFound,  ///< NXDOMAIN: the name does not exist
        NoData,  ///< the name exists, but has no record of this type
        Timeout,  ///< no server answered in time
        Failed,  ///< server failure, refused, malformed answer, …
        Cancelled  ///< the resolver was destroyed or cancel() was called
    };

    struct Result {
        Type type = Type::Address;
        QString name;
        Status status = Status::Failed;
        QString error;  ///< for a person; empty when ok
        QList<QHostAddress> addresses;
        QList<SrvRecord> srv;  ///< in answer order (see orderSrv for RFC 2782 order)
        QList<MxRecord> mx;  ///< by preference
        QList<QByteArray> txt;  ///< each record's strings joined (RFC 7208 §3.3)
        qint64 ms = 0;
        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit Resolver(Config config, QObject *parent = nullptr);
    ~Resolver() override;

    /// False when c-ares could not be set up; errorString() says why. Lookups then fail at once.
    [[nodiscard]] bool isValid() const { return m_channel != nullptr; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const Config &config() const { return m_config; }

    /// Starts a lookup. `callback` runs later from the event loop (never inside this call),
    /// and only while `context` is alive.
    void lookup(Type type, const QString &name, QObject *context, Callback callback);
    /// Ends every running lookup; their callbacks see Status::Cancelled.
    void cancelAll();

    /// Parses "ADDR", "ADDR:PORT", "[IPv6]:PORT" or a bare IPv6 address. nullopt when malformed.
    [[nodiscard]] static std::optional<Config> parseServer(const QString &text);
    /// RFC 2782 order: lowest priority first; within a priority, a weighted random order
    /// (`random` returns a number in [0, bound]). Deterministic for a given random source.
    [[nodiscard]] static QList<SrvRecord> orderSrv(
        QList<SrvRecord> records, const std::function<quint32(quint32)> &random = {});
    [[nodiscard]] static QString toString(Status status);
    [[nodiscard]] static QString toString(Type type);

private:
    struct Pending;
    friend struct ResolverCallbacks;
    void deliver(Pending *pending, Result result);
    void socketState(int fd, bool readable, bool writable);
    void process(int readFd, int writeFd);
    void rearmTimer();

    Config m_config;
    void *m_channel = nullptr;  ///< ares_channel
    QString m_error;
    struct Notifiers {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    QHash<int, Notifiers> m_notifiers;
    QTimer m_timer;
    bool m_destroying = false;
};

}  // namespace md
