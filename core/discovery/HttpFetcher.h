#pragma once

#include "net/Resolver.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace md::discovery {

/// How one document fetch ended.
struct FetchResult {
    QString status;  ///< ok|not_found|http_error|timeout|tls_failed|too_large|refused|dns_failed|failed|cancelled
    int httpStatus = 0;
    QByteArray body;  ///< at most ConfigReaders::kMaxDocumentBytes
    QUrl finalUrl;  ///< after redirects
    int redirects = 0;
    bool crossDomainRedirect = false;  ///< a redirect left the domain the fetch was for
    QString detail;  ///< for a person
    qint64 ms = 0;
    [[nodiscard]] bool ok() const { return status == QLatin1String("ok"); }
};

/// GETs small documents over HTTPS (or plain HTTP, when asked) through our Resolver: it connects
/// to the resolved address and verifies the certificate for the original name
/// (QNetworkRequest::setPeerVerifyName plus the Host header). At most 3 redirects, never from
/// https to http; a body over the size limit is cut off and refused.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 3;

    HttpFetcher(Resolver *resolver, QList<QSslCertificate> extraCa, int timeoutMs, QObject *parent = nullptr);
    ~HttpFetcher() override;

    /// Fetches `url`; `homeDomain` is the domain the document is for (a redirect to a host
    /// outside it is marked). `done` runs once, from the event loop.
    void get(const QUrl &url, const QString &homeDomain, std::function<void(const FetchResult &)> done);
    /// Stops every running fetch; their callbacks see "cancelled".
    void abortAll();

private:
    struct Job;
    void step(Job *job, const QUrl &url);
    void request(Job *job, const QUrl &url, const QList<QHostAddress> &addresses, int index);
    void finish(Job *job, FetchResult result);

    Resolver *m_resolver;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs;
    QList<Job *> m_jobs;
};

/// True when `host` is `domain` or one of its subdomains.
[[nodiscard]] bool isWithinDomain(const QString &host, const QString &domain);

}  // namespace md::discovery
