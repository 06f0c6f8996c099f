#include "net/TlsWarmup.h"

#include "net/CaFile.h"

#include <atomic>
#include <mutex>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <thread>

namespace md {

namespace {

struct Warmup {
    std::mutex mutex;
    std::thread thread;
    std::atomic<std::thread::id> threadId;  ///< the warm-up thread's, set by itself
    bool started = false;

    void join()
    {
        // The warm-up thread itself parses the CA file through loadCaCertificates(), which
        // waits for the warm-up: not for itself.
        if (std::this_thread::get_id() == threadId.load())
            return;
        const std::lock_guard<std::mutex> lock(mutex);
        if (thread.joinable())
            thread.join();
    }
    // Without a QCoreApplication (or if it outlives us) the thread must still be joined
    // before the process exits; joining a finished thread costs nothing.
    ~Warmup() { join(); }
};

Warmup &warmup()
{
    static Warmup instance;
    return instance;
}

}  // namespace

void startTlsWarmup(const QString &caFile)
{
    Warmup &w = warmup();
    const std::lock_guard<std::mutex> lock(w.mutex);
    if (w.started)
        return;
    w.started = true;
    w.thread = std::thread([&w, caFile] {
        w.threadId = std::this_thread::get_id();
        // Loads the backend (plugins; QFactoryLoader moves their objects to the main thread),
        // libssl/libcrypto and OpenSSL's setup; the default configuration lists the ciphers,
        // which creates an SSL_CTX and so seeds the random generator.
        if (!QSslSocket::supportsSsl())
            return;
        (void)QSslConfiguration::defaultConfiguration();
        if (!caFile.isEmpty())
            (void)loadCaCertificates(caFile);
    });
    // Joined while Qt is still whole: QCoreApplication's destructor runs post routines first.
    if (QCoreApplication::instance())
        qAddPostRoutine(waitForTlsWarmup);
}

void waitForTlsWarmup()
{
    warmup().join();
}

}  // namespace md
