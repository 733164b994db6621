import socket

import pytest
from conftest import NetworkUsed


def test_guard_refuses_outgoing_connections() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkUsed):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()
