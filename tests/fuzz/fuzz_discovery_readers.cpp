// libFuzzer target: the discovery readers (autoconfig XML, PACC JSON, the PACC TXT digest) must
// refuse or accept any input without a crash, a leak or undefined behaviour, and whatever they
// accept must hold only valid host names and ports.
#include "FuzzSupport.h"

#include "discovery/ConfigReaders.h"

using namespace md::discovery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = md::fuzz::wrap(data, size);
    static const EmailAddress email = *EmailAddress::parse(QStringLiteral("alice@example.test"));
    for (const ReadResult &r : { ConfigReaders::readAutoconfig(input, email), ConfigReaders::readPacc(input, email) }) {
        FUZZ_CHECK(r.ok == r.error.isEmpty());
        FUZZ_CHECK(!r.ok || !r.servers.isEmpty());
        for (const ServerEntry &s : r.servers) {
            FUZZ_CHECK(s.port != 0);
            FUZZ_CHECK(ConfigReaders::isValidHostName(s.host));
        }
    }
    const QByteArray digest = ConfigReaders::paccDigestFromTxt(input);
    FUZZ_CHECK(digest.isEmpty() || digest.size() == 32);
    return 0;
}
