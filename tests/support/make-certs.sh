#!/usr/bin/env bash
# Generates the test PKI into OUTDIR (created if missing). EC P-256 keys: fast.
#   ca.pem ca.key                 the test root CA the tests trust (--ca-file)
#   server.pem server.key         signed by ca; CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1
#   wronghost.pem wronghost.key   signed by ca; SAN DNS:wrong.example, DNS:mail.wrong.example only
#   expired.pem expired.key       signed by ca; SAN localhost; valid 2020-01-01 .. 2020-02-01
#   selfsigned.pem selfsigned.key self-signed; SAN localhost
#   otherca.pem otherca.key       a CA nobody trusts
#   unknownca.pem unknownca.key   signed by otherca; SAN localhost
# Every *.pem leaf file holds the leaf certificate only; *-chain.pem adds the issuing CA.
set -euo pipefail
out=${1:?usage: make-certs.sh OUTDIR}
mkdir -p "$out"
cd "$out"
[ -f unknownca.pem ] && exit 0

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

ca() { # name subject
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -sha256 -days 3650 -subj "/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$1.pem" 2>/dev/null
}

leaf() { # name issuer san [extra x509 args...]
    local name=$1 issuer=$2 san=$3; shift 3
    key "$name.key"
    local cn=${san%%,*}; cn=${cn#DNS:}
    openssl req -new -key "$name.key" -subj "/CN=$cn" -out "$name.csr" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' \
        "$san" > "$name.ext"
    openssl x509 -req -in "$name.csr" -CA "$issuer.pem" -CAkey "$issuer.key" -CAcreateserial \
        -sha256 -extfile "$name.ext" -out "$name.pem" "$@" 2>/dev/null
    cat "$name.pem" "$issuer.pem" > "$name-chain.pem"
    rm -f "$name.csr" "$name.ext"
}

ca ca "Mail Doctor Test CA"
ca otherca "Untrusted Test CA"
leaf server ca "DNS:localhost,IP:127.0.0.1,IP:::1" -days 825
leaf wronghost ca "DNS:wrong.example,DNS:mail.wrong.example" -days 825
leaf unknownca otherca "DNS:localhost,IP:127.0.0.1,IP:::1" -days 825

# Expired: sign through `openssl ca`, the only way openssl 3.0 sets dates in the past.
key expired.key
openssl req -new -key expired.key -subj "/CN=localhost" -out expired.csr 2>/dev/null
mkdir -p ca-db && : > ca-db/index.txt && echo 1000 > ca-db/serial
cat > ca-db/ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = ca-db
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = ext
[any]
commonName = supplied
[ext]
subjectAltName = DNS:localhost,IP:127.0.0.1,IP:::1
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
CNF
openssl ca -batch -config ca-db/ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20200101000000Z -enddate 20200201000000Z -notext 2>/dev/null
cat expired.pem ca.pem > expired-chain.pem
rm -rf expired.csr ca-db

key selfsigned.key
openssl req -x509 -new -key selfsigned.key -sha256 -days 825 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" -out selfsigned.pem 2>/dev/null
cp selfsigned.pem selfsigned-chain.pem
chmod 0644 ./*.pem ./*.key
