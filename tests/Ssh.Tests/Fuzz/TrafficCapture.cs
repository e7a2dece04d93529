using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;

namespace Callhome.Ssh.Tests.Fuzz
{
    /// <summary>
    /// Real server-to-client traffic of one session (sshd: handshake, authentication, an exec) recorded with
    /// seeded entropy, so a fresh session built from the same seeds (<see cref="NewSession"/>) produces the same
    /// KEXINIT and ephemeral key and can decrypt the recording offline, again and again.
    /// </summary>
    internal sealed class TrafficCapture
    {
        public const int EntropySeed = 4242;
        public const int SuiteSeed = 77;
        private static readonly byte[] DeviceSeed = new byte[32];

        private TrafficCapture(byte[] serverBytes, int plaintextLength, string pin)
        {
            ServerBytes = serverBytes;
            PlaintextLength = plaintextLength;
            Pin = pin;
        }

        public byte[] ServerBytes { get; }

        /// <summary>Bytes up to the end of the server's first NEWKEYS (identification, KEXINIT, ECDH reply, NEWKEYS).</summary>
        public int PlaintextLength { get; }

        public string Pin { get; }

        public static TrafficCapture Record()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SeededEntropy(SuiteSeed));
            using DeviceIdentity device = TestPlatform.NewDevice(suite, DeviceSeed);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            SshSessionConfig config = ClientHarness.Config(pin, "chacha20-poly1305@openssh.com");
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(System.Net.IPAddress.Loopback, sshd.Port);
            var recorder = new RecordingTransport(new StreamTransport(new NetworkStream(socket, ownsSocket: true)));
            using (var client = new SshClient(config, suite, new SeededEntropy(EntropySeed), new TestClock(), device))
            {
                client.Connect(recorder, 20000);
                using SshChannel exec = client.OpenExec("echo captured", 10000);
                byte[] buffer = new byte[256];
                while (exec.Read(buffer, 0, buffer.Length) > 0)
                {
                }

                exec.WaitForExit(10000);
            }

            byte[] bytes = recorder.Received();
            return new TrafficCapture(bytes, FindPlaintextEnd(bytes), pin);
        }

        /// <summary>A session in the recorded state: same seeds, config and device key.</summary>
        public ReplaySession NewSession()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SeededEntropy(SuiteSeed));
            DeviceIdentity device = TestPlatform.NewDevice(suite, DeviceSeed);
            SshSessionConfig config = ClientHarness.Config(Pin, "chacha20-poly1305@openssh.com");
            return new ReplaySession(config, suite, device);
        }

        /// <summary>Walks the unencrypted packets after the identification line up to NEWKEYS (21).</summary>
        private static int FindPlaintextEnd(byte[] bytes)
        {
            int at = Array.IndexOf(bytes, (byte)'\n') + 1;
            while (at + 5 < bytes.Length)
            {
                int length = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
                byte number = bytes[at + 5];
                at += 4 + length;
                if (number == 21)
                {
                    return at;
                }
            }

            throw new InvalidDataException("no NEWKEYS in the capture");
        }

        private sealed class RecordingTransport : ISshTransport
        {
            private readonly ISshTransport inner;
            private readonly List<byte> received = new();

            public RecordingTransport(ISshTransport inner) => this.inner = inner;

            public int Read(byte[] buffer, int offset, int count)
            {
                int n = inner.Read(buffer, offset, count);
                if (n > 0)
                {
                    lock (received)
                    {
                        received.AddRange(buffer.AsSpan(offset, n).ToArray());
                    }
                }

                return n;
            }

            public void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

            public void Close() => inner.Close();

            public byte[] Received()
            {
                lock (received)
                {
                    return received.ToArray();
                }
            }
        }
    }

    /// <summary>
    /// The engine plus the connection service, driven like SshClient drives them (open a session channel once
    /// authenticated, exec once it is open) but without I/O: what the peer sends is fed by the test.
    /// </summary>
    internal sealed class ReplaySession : ISshSessionListener, IConnectionListener, IDisposable
    {
        private readonly DeviceIdentity device;
        private readonly ConnectionService connection;
        private readonly byte[] drain = new byte[65536];

        public ReplaySession(SshSessionConfig config, ICryptoSuite suite, DeviceIdentity device)
        {
            this.device = device;
            Session = new SshSession(config, suite, new SeededEntropy(TrafficCapture.EntropySeed), new ManualClock(), device, this);
            connection = new ConnectionService(Session, config.Limits, SshRole.Client, this);
            Session.Start();
        }

        public SshSession Session { get; }

        public bool Authenticated { get; private set; }

        public int ChannelBytes { get; private set; }

        public bool ChannelClosedSeen { get; private set; }

        public SshDisconnectReason EndReason { get; private set; }

        public List<byte[]> ConnectionPayloads { get; } = new();

        public bool RecordPayloads { get; set; }

        public void Feed(byte[] bytes, int offset, int count)
        {
            Session.Receive(bytes, offset, count);
            while (Session.TakeOutput(drain, 0, drain.Length) > 0)
            {
            }
        }

        public void Dispose()
        {
            Session.Dispose();
            device.Dispose();
        }

        public void OnHostKeyVerified(string fingerprint)
        {
        }

        public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
        {
        }

        public void OnTransportReady()
        {
        }

        public void OnBanner(string message)
        {
        }

        public void OnAuthenticated()
        {
            Authenticated = true;
            connection.OpenSession();
        }

        public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
        {
        }

        public bool OnConnectionMessage(byte[] payload, int offset, int count)
        {
            if (RecordPayloads)
            {
                ConnectionPayloads.Add(payload.AsSpan(offset, count).ToArray());
            }

            return connection.HandleMessage(payload, offset, count);
        }

        public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
        {
            EndReason = reason;
        }

        public void ChannelOpened(int channelId, bool openedByPeer) => connection.SendExec(channelId, "echo captured");

        public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
        {
        }

        public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count) => ChannelBytes += count;

        public void ChannelWindowAdjusted(int channelId)
        {
        }

        public void ChannelEof(int channelId)
        {
        }

        public void ChannelClosed(int channelId) => ChannelClosedSeen = true;

        public void ChannelRequestReplied(int channelId, string requestType, bool success)
        {
        }

        public void ChannelExitStatus(int channelId, uint exitStatus)
        {
        }

        public bool ChannelRequest(int channelId, ChannelRequestMessage request) => false;

        public void GlobalRequestReplied(string requestName, bool success)
        {
        }

        internal static string Describe(byte[] bytes) => Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 40));
    }
}
