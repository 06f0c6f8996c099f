#include "Resolver.h"

#include <algorithm>
#include <cstring>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QtEndian>
#include <QUrl>

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>

namespace md {

namespace {

ares_channel channelOf(void *channel)
{
    return static_cast<ares_channel>(channel);
}

Resolver::Status statusOf(int status)
{
    switch (status) {
    case ARES_SUCCESS:
        return Resolver::Status::Ok;
    case ARES_ENOTFOUND:
        return Resolver::Status::NotFound;
    case ARES_ENODATA:
        return Resolver::Status::NoData;
    case ARES_ETIMEOUT:
        return Resolver::Status::Timeout;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION:
        return Resolver::Status::Cancelled;
    default:
        return Resolver::Status::Failed;
    }
}

void ensureLibrary()
{
    static const int initialised = ares_library_init(ARES_LIB_INIT_ALL);
    Q_UNUSED(initialised);
}

}  // namespace

struct Resolver::Pending {
    Resolver *self = nullptr;
    Type type = Type::Address;
    QString name;
    QPointer<QObject> context;
    Callback callback;
    QElapsedTimer clock;
};

/// The C callbacks c-ares calls; they only translate and hand over to deliver().
struct ResolverCallbacks {
    static void socketState(void *data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<Resolver *>(data)->socketState(int(fd), readable != 0, writable != 0);
    }

    static Resolver::Result start(Resolver::Pending *pending, int status)
    {
        Resolver::Result result;
        result.type = pending->type;
        result.name = pending->name;
        result.status = statusOf(status);
        result.ms = pending->clock.elapsed();
        if (status != ARES_SUCCESS)
            result.error = QString::fromUtf8(ares_strerror(status));
        return result;
    }

    static void addresses(void *arg, int status, int, struct ares_addrinfo *info)
    {
        auto *pending = static_cast<Resolver::Pending *>(arg);
        Resolver::Result result = start(pending, status);
        if (status == ARES_SUCCESS && info) {
            for (ares_addrinfo_node *node = info->nodes; node; node = node->ai_next) {
                QHostAddress address(node->ai_addr);
                if (!address.isNull() && !result.addresses.contains(address))
                    result.addresses << address;
            }
            if (result.addresses.isEmpty())
                result.status = Resolver::Status::NoData;
        }
        if (info)
            ares_freeaddrinfo(info);
        pending->self->deliver(pending, std::move(result));
    }

    static void query(void *arg, int status, int, unsigned char *answer, int length)
    {
        auto *pending = static_cast<Resolver::Pending *>(arg);
        Resolver::Result result = start(pending, status);
        if (status == ARES_SUCCESS)
            parse(pending->type, answer, length, result);
        pending->self->deliver(pending, std::move(result));
    }

    static void parse(Resolver::Type type, const unsigned char *answer, int length, Resolver::Result &result)
    {
        int parsed = ARES_SUCCESS;
        switch (type) {
        case Resolver::Type::Srv: {
            ares_srv_reply *list = nullptr;
            parsed = ares_parse_srv_reply(answer, length, &list);
            for (ares_srv_reply *r = list; r; r = r->next) {
                QString target = QString::fromUtf8(r->host);
                if (target.isEmpty())
                    target = QStringLiteral(".");
                result.srv << SrvRecord { target, r->port, r->priority, r->weight };
            }
            ares_free_data(list);
            break;
        }
        case Resolver::Type::Mx: {
            ares_mx_reply *list = nullptr;
            parsed = ares_parse_mx_reply(answer, length, &list);
            for (ares_mx_reply *r = list; r; r = r->next)
                result.mx << MxRecord { QString::fromUtf8(r->host), r->priority };
            ares_free_data(list);
            std::stable_sort(result.mx.begin(), result.mx.end(),
                [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
            break;
        }
        case Resolver::Type::Txt: {
            ares_txt_ext *list = nullptr;
            parsed = ares_parse_txt_reply_ext(answer, length, &list);
            for (ares_txt_ext *r = list; r; r = r->next) {
                const QByteArray part(reinterpret_cast<const char *>(r->txt), qsizetype(r->length));
                if (r->record_start || result.txt.isEmpty())
                    result.txt << part;
                else
                    result.txt.last() += part;
            }
            ares_free_data(list);
            break;
        }
        case Resolver::Type::Address:
            break;
        }
        if (parsed != ARES_SUCCESS) {
            result.status = statusOf(parsed);
            result.error = QString::fromUtf8(ares_strerror(parsed));
        } else if (result.srv.isEmpty() && result.mx.isEmpty() && result.txt.isEmpty()) {
            result.status = Resolver::Status::NoData;
        }
    }
};

Resolver::Resolver(Config config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    ensureLibrary();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });

    ares_options options {};
    options.sock_state_cb = &ResolverCallbacks::socketState;
    options.sock_state_cb_data = this;
    options.timeout = std::max(100, m_config.timeoutMs);
    options.tries = std::max(1, m_config.tries);
    ares_channel channel = nullptr;
    int status = ares_init_options(&channel, &options, ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES);
    if (status != ARES_SUCCESS) {
        m_error = tr("The DNS resolver could not be set up: %1").arg(QString::fromUtf8(ares_strerror(status)));
        return;
    }
    if (m_config.server) {
        ares_addr_port_node node {};
        node.next = nullptr;
        node.udp_port = m_config.port;
        node.tcp_port = m_config.port;
        bool ok = false;
        if (m_config.server->protocol() == QAbstractSocket::IPv4Protocol) {
            node.family = AF_INET;
            const quint32 v4 = qToBigEndian(m_config.server->toIPv4Address(&ok));
            std::memcpy(&node.addr.addr4, &v4, sizeof v4);
        } else if (m_config.server->protocol() == QAbstractSocket::IPv6Protocol) {
            node.family = AF_INET6;
            const Q_IPV6ADDR v6 = m_config.server->toIPv6Address();
            std::memcpy(&node.addr.addr6, &v6, sizeof v6);
            ok = true;
        }
        status = ok ? ares_set_servers_ports(channel, &node) : ARES_EBADSTR;
        if (status != ARES_SUCCESS) {
            m_error = tr("The DNS server %1 cannot be used: %2")
                          .arg(m_config.server->toString(), QString::fromUtf8(ares_strerror(status)));
            ares_destroy(channel);
            return;
        }
    }
    m_channel = channel;
}

Resolver::~Resolver()
{
    m_destroying = true;
    m_timer.stop();
    if (m_channel)
        ares_destroy(channelOf(m_channel));  // pending callbacks run now with ARES_EDESTRUCTION
    m_channel = nullptr;
    for (const Notifiers &n : std::as_const(m_notifiers)) {
        delete n.read;
        delete n.write;
    }
}

void Resolver::lookup(Type type, const QString &name, QObject *context, Callback callback)
{
    auto *pending = new Pending { this, type, name, context, std::move(callback), {} };
    pending->clock.start();
    const auto failNow = [this, pending](Status status, const QString &error) {
        Result result;
        result.type = pending->type;
        result.name = pending->name;
        result.status = status;
        result.error = error;
        deliver(pending, std::move(result));
    };
    if (!m_channel) {
        failNow(Status::Failed, m_error);
        return;
    }
    const QByteArray ace = QUrl::toAce(name);
    const QByteArray lower = ace.toLower();
    if (lower == "invalid" || lower.endsWith(".invalid") || lower.endsWith(".invalid.")) {
        // RFC 6761 §6.4: never resolves, and is not even asked about.
        failNow(Status::NotFound,
            tr("\"%1\" is under the reserved domain .invalid, which never resolves (RFC 6761).").arg(name));
        return;
    }
    if (ace.isEmpty()) {
        failNow(Status::NotFound, tr("\"%1\" is not a valid host name.").arg(name));
        return;
    }
    switch (type) {
    case Type::Address: {
        ares_addrinfo_hints hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_flags = ARES_AI_NOSORT;
        ares_getaddrinfo(
            channelOf(m_channel), ace.constData(), nullptr, &hints, &ResolverCallbacks::addresses, pending);
        break;
    }
    case Type::Srv:
        ares_query(channelOf(m_channel), ace.constData(), ns_c_in, ns_t_srv, &ResolverCallbacks::query, pending);
        break;
    case Type::Mx:
        ares_query(channelOf(m_channel), ace.constData(), ns_c_in, ns_t_mx, &ResolverCallbacks::query, pending);
        break;
    case Type::Txt:
        ares_query(channelOf(m_channel), ace.constData(), ns_c_in, ns_t_txt, &ResolverCallbacks::query, pending);
        break;
    }
    rearmTimer();
}

void Resolver::cancelAll()
{
    if (m_channel)
        ares_cancel(channelOf(m_channel));
    rearmTimer();
}

void Resolver::deliver(Pending *pending, Result result)
{
    // Always from the event loop: the caller may delete us, or start new lookups, in its callback.
    if (pending->context) {
        QMetaObject::invokeMethod(
            pending->context.data(),
            [callback = std::move(pending->callback), result = std::move(result)] { callback(result); },
            Qt::QueuedConnection);
    }
    delete pending;
}

void Resolver::socketState(int fd, bool readable, bool writable)
{
    Notifiers &n = m_notifiers[fd];
    const auto update = [this, fd](QSocketNotifier *&notifier, QSocketNotifier::Type type, bool wanted) {
        if (wanted && !notifier && !m_destroying) {
            notifier = new QSocketNotifier(qintptr(fd), type, this);
            connect(notifier, &QSocketNotifier::activated, this, [this, fd, type] {
                if (type == QSocketNotifier::Read)
                    process(fd, ARES_SOCKET_BAD);
                else
                    process(ARES_SOCKET_BAD, fd);
            });
        }
        if (notifier)
            notifier->setEnabled(wanted);
    };
    update(n.read, QSocketNotifier::Read, readable);
    update(n.write, QSocketNotifier::Write, writable);
    if (!readable && !writable) {
        // c-ares closes the socket next: the notifiers must go before the descriptor is reused.
        if (n.read)
            n.read->deleteLater();
        if (n.write)
            n.write->deleteLater();
        m_notifiers.remove(fd);
    }
}

void Resolver::process(int readFd, int writeFd)
{
    if (!m_channel)
        return;
    ares_process_fd(channelOf(m_channel), ares_socket_t(readFd), ares_socket_t(writeFd));
    rearmTimer();
}

void Resolver::rearmTimer()
{
    if (!m_channel || m_destroying)
        return;
    timeval tv {};
    if (!ares_timeout(channelOf(m_channel), nullptr, &tv)) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<qint64>(1, qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000 + 1)));
}

std::optional<Resolver::Config> Resolver::parseServer(const QString &text)
{
    Config config;
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        port = rest.mid(1);
        if (rest.startsWith(QLatin1Char(':')) && port.isEmpty())
            return std::nullopt;
        host = host.mid(1, close - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        port = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
        if (port.isEmpty())
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return std::nullopt;
        config.port = quint16(value);
    }
    config.server = address;
    return config;
}

QList<SrvRecord> Resolver::orderSrv(QList<SrvRecord> records, const std::function<quint32(quint32)> &random)
{
    const auto pick
        = [&random](quint32 bound) { return random ? random(bound) : QRandomGenerator::global()->bounded(bound + 1); };
    std::stable_sort(
        records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) { return a.priority < b.priority; });
    QList<SrvRecord> ordered;
    qsizetype i = 0;
    while (i < records.size()) {
        qsizetype end = i;
        while (end < records.size() && records.at(end).priority == records.at(i).priority)
            ++end;
        // RFC 2782: zero-weight records first, then repeatedly pick by running sum of weights.
        QList<SrvRecord> group(records.begin() + i, records.begin() + end);
        std::stable_partition(group.begin(), group.end(), [](const SrvRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const SrvRecord &r : std::as_const(group))
                total += r.weight;
            const quint32 chosen = pick(total);
            quint32 running = 0;
            qsizetype index = 0;
            for (; index < group.size(); ++index) {
                running += group.at(index).weight;
                if (running >= chosen)
                    break;
            }
            index = std::min(index, group.size() - 1);
            ordered << group.takeAt(index);
        }
        i = end;
    }
    return ordered;
}

QString Resolver::toString(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::NoData:
        return QStringLiteral("no_data");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Resolver::toString(Type type)
{
    switch (type) {
    case Type::Address:
        return QStringLiteral("A/AAAA");
    case Type::Srv:
        return QStringLiteral("SRV");
    case Type::Mx:
        return QStringLiteral("MX");
    case Type::Txt:
        return QStringLiteral("TXT");
    }
    return {};
}

}  // namespace md
