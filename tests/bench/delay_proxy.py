#!/usr/bin/env python3
"""A TCP proxy on loopback that adds a fixed one-way delay to every byte, both directions.

    delay_proxy.py --delay-ms 25 --listen-port-file FILE TARGET_PORT [TARGET_PORT ...]

For each TARGET_PORT on 127.0.0.1 it listens on a free 127.0.0.1 port and writes
"TARGET_PORT LISTEN_PORT" lines to FILE once all listeners are up. Data read from one side is
written to the other DELAY ms later, in order (a wide-area round trip of 2 x DELAY without
bandwidth limits). Only ever talks to 127.0.0.1. Runs until killed.
"""
import argparse
import asyncio
import os
import time


async def pump(reader, writer, delay):
    queue = asyncio.Queue()

    async def sender():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        try:
            writer.write_eof()
        except (OSError, RuntimeError):
            pass

    task = asyncio.ensure_future(sender())
    try:
        while True:
            data = await reader.read(65536)
            queue.put_nowait((time.monotonic() + delay, data if data else None))
            if not data:
                break
    except (ConnectionError, OSError):
        queue.put_nowait((time.monotonic(), None))
    try:
        await task
    except (ConnectionError, OSError):
        pass


async def serve(target_port, delay):
    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay),
                             pump(server_reader, client_writer, delay))
        for w in (client_writer, server_writer):
            w.close()

    return await asyncio.start_server(handle, "127.0.0.1", 0)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay-ms", type=float, default=25.0)
    parser.add_argument("--listen-port-file", required=True)
    parser.add_argument("targets", nargs="+", type=int)
    args = parser.parse_args()
    lines = []
    servers = []
    for target in args.targets:
        server = await serve(target, args.delay_ms / 1000.0)
        servers.append(server)
        lines.append(f"{target} {server.sockets[0].getsockname()[1]}\n")
    tmp = args.listen_port_file + ".tmp"
    with open(tmp, "w") as f:
        f.writelines(lines)
    os.replace(tmp, args.listen_port_file)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
