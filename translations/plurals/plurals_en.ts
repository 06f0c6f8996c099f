<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>md::Diagnoser</name>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The server&apos;s certificate expires in %n day</numerusform>
            <numerusform>The server&apos;s certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server allows a login only every %n second(s).</source>
        <translation>
            <numerusform>The server allows a login only every %n second.</numerusform>
            <numerusform>The server allows a login only every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ImapCheck</name>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n capability</numerusform>
            <numerusform>%n capabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); no special-use folders marked</source>
        <translation>
            <numerusform>%n folder; no special-use folders marked</numerusform>
            <numerusform>%n folders; no special-use folders marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); %1</source>
        <translation>
            <numerusform>%n folder; %1</numerusform>
            <numerusform>%n folders; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INBOX holds %n message(s)</source>
        <translation>
            <numerusform>INBOX holds %n message</numerusform>
            <numerusform>INBOX holds %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Pop3Check</name>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n capability</numerusform>
            <numerusform>%n capabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 octets</source>
        <translation>
            <numerusform>%n message, %1 octets</numerusform>
            <numerusform>%n messages, %1 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::Report</name>
    <message numerus="yes">
        <source>  %n message(s), %1 octets</source>
        <translation>
            <numerusform>  %n message, %1 octets</numerusform>
            <numerusform>  %n messages, %1 octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  INBOX: %n message(s)</source>
        <translation>
            <numerusform>  INBOX: %n message</numerusform>
            <numerusform>  INBOX: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n folder(s):</source>
        <translation>
            <numerusform>  %n folder:</numerusform>
            <numerusform>  %n folders:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … and %n more</numerusform>
            <numerusform>    … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::SmtpCheck</name>
    <message numerus="yes">
        <source>%n extension(s) advertised</source>
        <translation>
            <numerusform>%n extension advertised</numerusform>
            <numerusform>%n extensions advertised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::discovery::Discovery</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable entry(s) ignored</source>
        <translation>
            <numerusform>%n unusable entry ignored</numerusform>
            <numerusform>%n unusable entries ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s) to %1</source>
        <translation>
            <numerusform>after %n redirect to %1</numerusform>
            <numerusform>after %n redirects to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), digest verified</source>
        <translation>
            <numerusform>%n server, digest verified</numerusform>
            <numerusform>%n servers, digest verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered</source>
        <translation>
            <numerusform>%n server answered</numerusform>
            <numerusform>%n servers answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::CertificateView</name>
    <message numerus="yes">
        <source>%1 (EXPIRED %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (EXPIRED %n day ago)</numerusform>
            <numerusform>%1 (EXPIRED %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::DiscoveryPage</name>
    <message numerus="yes">
        <source>— proposed %n setting(s)</source>
        <translation>
            <numerusform>— proposed %n setting</numerusform>
            <numerusform>— proposed %n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::FindingsView</name>
    <message numerus="yes">
        <source>The inbox holds %n message(s).</source>
        <translation>
            <numerusform>The inbox holds %n message.</numerusform>
            <numerusform>The inbox holds %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptModel</name>
    <message numerus="yes">
        <source> … +%n more character(s)</source>
        <translation>
            <numerusform> … +%n more character</numerusform>
            <numerusform> … +%n more characters</numerusform>
        </translation>
    </message>
</context>
</TS>
