using System;
using Callhome.AgentCore.Ssh;
using Callhome.Hal;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>Records what a session reports.</summary>
    internal sealed class RecordingListener : ISshSessionListener
    {
        public bool TransportReady { get; private set; }

        public bool Disconnected { get; private set; }

        public SshDisconnectReason Reason { get; private set; }

        public string Description { get; private set; } = string.Empty;

        public bool FromPeer { get; private set; }

        public int DisconnectCount { get; private set; }

        public void OnHostKeyVerified(string fingerprint)
        {
        }

        public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
        {
        }

        public void OnTransportReady()
        {
            TransportReady = true;
        }

        public void OnBanner(string message)
        {
        }

        public void OnAuthenticated()
        {
        }

        public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
        {
        }

        public bool OnConnectionMessage(byte[] payload, int offset, int count)
        {
            return false;
        }

        public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
        {
            Disconnected = true;
            Reason = reason;
            Description = description;
            FromPeer = fromPeer;
            DisconnectCount++;
        }
    }

    internal sealed class FakeClock : IMonotonicClock
    {
        public long ElapsedMilliseconds { get; set; }
    }

    /// <summary>One key slot in memory (this project has no Hashtable reference on nanoFramework).</summary>
    internal sealed class OneSlotKeyStore : IKeyStore
    {
        private byte[]? value;

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            if (value == null)
            {
                return -1;
            }

            Array.Copy(value, 0, buffer, offset, value.Length < count ? value.Length : count);
            return value.Length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            value = new byte[count];
            Array.Copy(buffer, offset, value, 0, count);
        }

        public bool Delete(string slot)
        {
            bool had = value != null;
            value = null;
            return had;
        }
    }
}
