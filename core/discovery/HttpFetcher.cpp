#include "HttpFetcher.h"

#include "discovery/ConfigReaders.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

namespace md::discovery {

bool isWithinDomain(const QString &host, const QString &domain)
{
    const QString h = host.toLower();
    const QString d = domain.toLower();
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

struct HttpFetcher::Job {
    QUrl original;
    QString homeDomain;
    std::function<void(const FetchResult &)> done;
    QElapsedTimer clock;
    int redirects = 0;
    bool crossDomain = false;
    QPointer<QNetworkReply> reply;
    QObject context;  ///< resolver callbacks die with the job
};

HttpFetcher::HttpFetcher(Resolver *resolver, QList<QSslCertificate> extraCa, int timeoutMs, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_extraCa(std::move(extraCa)), m_timeoutMs(timeoutMs)
{
}

HttpFetcher::~HttpFetcher()
{
    for (Job *job : std::as_const(m_jobs)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
        delete job;
    }
}

void HttpFetcher::get(const QUrl &url, const QString &homeDomain, std::function<void(const FetchResult &)> done)
{
    auto *job = new Job;
    job->original = url;
    job->homeDomain = homeDomain;
    job->done = std::move(done);
    job->clock.start();
    m_jobs << job;
    step(job, url);
}

void HttpFetcher::abortAll()
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        FetchResult result;
        result.status = QStringLiteral("cancelled");
        result.detail = tr("Stopped at the deadline.");
        finish(job, result);
    }
}

void HttpFetcher::step(Job *job, const QUrl &url)
{
    const QString host = url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        request(job, url, { literal }, 0);
        return;
    }
    m_resolver->lookup(Resolver::Type::Address, host, &job->context, [this, job, url](const Resolver::Result &r) {
        if (!r.ok()) {
            FetchResult result;
            result.status
                = r.status == Resolver::Status::Timeout ? QStringLiteral("timeout") : QStringLiteral("dns_failed");
            result.detail = tr("%1 does not resolve: %2").arg(url.host(), r.error);
            finish(job, result);
            return;
        }
        request(job, url, r.addresses, 0);
    });
}

void HttpFetcher::request(Job *job, const QUrl &url, const QList<QHostAddress> &addresses, int index)
{
    QUrl target = url;
    target.setHost(addresses.at(index).toString());
    QNetworkRequest req(target);
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const bool defaultPort = port == (url.scheme() == QLatin1String("https") ? 443 : 80);
    req.setRawHeader(
        "Host", (url.host(QUrl::FullyEncoded) + (defaultPort ? QString() : QStringLiteral(":%1").arg(port))).toUtf8());
    req.setPeerVerifyName(url.host());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setRawHeader("Accept", "application/xml, application/json, text/xml, */*;q=0.1");
    req.setTransferTimeout(m_timeoutMs);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCa.isEmpty())
        ssl.addCaCertificates(m_extraCa);
    req.setSslConfiguration(ssl);

    // One access manager per request: its connection cache is keyed by the address we connect
    // to, so a connection verified for one name must never carry a request for another.
    auto *network = new QNetworkAccessManager(this);
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    network->setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network->get(req);
    connect(reply, &QObject::destroyed, network, &QObject::deleteLater);
    job->reply = reply;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, tooLarge] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > ConfigReaders::kMaxDocumentBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge](qint64 received, qint64) {
        if (received > ConfigReaders::kMaxDocumentBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, url, addresses, index, tooLarge] {
        reply->deleteLater();
        FetchResult result;
        result.finalUrl = url;
        result.redirects = job->redirects;
        result.crossDomainRedirect = job->crossDomain;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge) {
            result.status = QStringLiteral("too_large");
            result.detail = tr("The document is larger than %1 KiB; it was not read.")
                                .arg(ConfigReaders::kMaxDocumentBytes / 1024);
            finish(job, result);
            return;
        }
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::ConnectionRefusedError && index + 1 < addresses.size()) {
            request(job, url, addresses, index + 1);
            return;
        }
        if (result.httpStatus >= 300 && result.httpStatus < 400) {
            const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!location.isValid() || location.host().isEmpty()) {
                result.status = QStringLiteral("http_error");
                result.detail = tr("A redirect without a usable Location.");
            } else if (job->redirects >= kMaxRedirects) {
                result.status = QStringLiteral("http_error");
                result.detail = tr("More than %1 redirects.").arg(kMaxRedirects);
            } else if (url.scheme() == QLatin1String("https") && location.scheme() != QLatin1String("https")) {
                result.status = QStringLiteral("http_error");
                result.detail = tr("A redirect from https to %1 was refused.").arg(location.toDisplayString());
            } else {
                ++job->redirects;
                if (!isWithinDomain(location.host(), job->homeDomain))
                    job->crossDomain = true;
                step(job, location);
                return;
            }
            finish(job, result);
            return;
        }
        switch (error) {
        case QNetworkReply::NoError:
            result.body = reply->read(ConfigReaders::kMaxDocumentBytes + 1);
            if (result.body.size() > ConfigReaders::kMaxDocumentBytes) {
                result.status = QStringLiteral("too_large");
                result.body.clear();
            } else {
                result.status = QStringLiteral("ok");
            }
            break;
        case QNetworkReply::ContentNotFoundError:
        case QNetworkReply::ContentGoneError:
            result.status = QStringLiteral("not_found");
            break;
        case QNetworkReply::ConnectionRefusedError:
            result.status = QStringLiteral("refused");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            result.status = QStringLiteral("timeout");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.status = QStringLiteral("tls_failed");
            break;
        default:
            result.status = result.httpStatus >= 400 ? QStringLiteral("http_error") : QStringLiteral("failed");
            break;
        }
        if (!result.ok())
            result.detail = result.httpStatus
                ? tr("HTTP %1 %2")
                      .arg(result.httpStatus)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
        finish(job, result);
    });
}

void HttpFetcher::finish(Job *job, FetchResult result)
{
    if (!m_jobs.removeOne(job))
        return;
    result.ms = job->clock.elapsed();
    if (result.finalUrl.isEmpty())
        result.finalUrl = job->original;
    if (job->reply) {
        job->reply->disconnect(this);
        if (!job->reply->isFinished())
            job->reply->abort();
        job->reply->deleteLater();
    }
    auto done = std::move(job->done);
    delete job;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

}  // namespace md::discovery
