#include "CliSupport.h"

#include <QCoreApplication>
#include <QTimer>

namespace md::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int runInEventLoop(const std::function<void(const Finish &)> &start)
{
    int status = 1;
    QTimer::singleShot(0, [&] {
        start([&status](int code) {
            status = code;
            out().flush();
            err().flush();
            QCoreApplication::exit(code);
        });
    });
    QCoreApplication::exec();
    return status;
}

}  // namespace md::cli
