using System;
using System.Collections.Generic;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.Fuzz.Seeds
{
    /// <summary>Encodings of the messages a replay cannot show in clear: the authentication replies a server
    /// sends (RFC 4252), and a client's authentication and channel messages (RFC 4252 §7, RFC 4254 §5-6).</summary>
    internal static class Encodings
    {
        public static IEnumerable<byte[]> AuthenticationReplies()
        {
            byte[] blob = DeviceBlob();
            yield return Bytes(new ServiceAcceptMessage("ssh-userauth").Write);
            yield return Bytes(new UserAuthBannerMessage("authorised use only\n").Write);
            yield return Bytes(new UserAuthPkOkMessage("ssh-ed25519", blob).Write);
            yield return Bytes(new UserAuthFailureMessage("publickey", false).Write);
            yield return Bytes(UserAuthSuccessMessage.Write);
        }

        public static IEnumerable<byte[]> ClientConversation()
        {
            byte[] blob = DeviceBlob();
            yield return Bytes(new ServiceRequestMessage("ssh-userauth").Write);
            yield return Message(w =>
            {
                w.WriteByte(UserAuthRequestMessage.Number);
                w.WriteText(FuzzPlatform.UserName);
                w.WriteText("ssh-connection");
                w.WriteText("none");
            });
            yield return Bytes(new UserAuthRequestMessage(FuzzPlatform.UserName, "ssh-connection", "ssh-ed25519", blob).Write);
            var signed = new UserAuthRequestMessage(FuzzPlatform.UserName, "ssh-connection", "ssh-ed25519", blob)
            {
                Signature = Ed25519HostKey.SignatureBlob(new byte[DeviceIdentity.SignatureLength], 0),
            };
            yield return Bytes(signed.Write);
            yield return Message(w =>
            {
                w.WriteByte(90); // CHANNEL_OPEN "session", RFC 4254 §6.1
                w.WriteText("session");
                w.WriteUInt32(0);
                w.WriteUInt32(2097152);
                w.WriteUInt32(32768);
            });
            yield return Message(w =>
            {
                w.WriteByte(98); // CHANNEL_REQUEST subsystem, §6.5
                w.WriteUInt32(0);
                w.WriteText("subsystem");
                w.WriteBoolean(true);
                w.WriteText("echo");
            });
            yield return Message(w =>
            {
                w.WriteByte(94); // CHANNEL_DATA, §5.2
                w.WriteUInt32(0);
                w.WriteText("captured\n");
            });
            yield return Message(w =>
            {
                w.WriteByte(93); // WINDOW_ADJUST
                w.WriteUInt32(0);
                w.WriteUInt32(65536);
            });
            yield return Message(w =>
            {
                w.WriteByte(80); // GLOBAL_REQUEST, §4
                w.WriteText("keepalive@openssh.com");
                w.WriteBoolean(true);
            });
            yield return Message(w =>
            {
                w.WriteByte(96); // EOF
                w.WriteUInt32(0);
            });
            yield return Message(w =>
            {
                w.WriteByte(97); // CLOSE
                w.WriteUInt32(0);
            });
        }

        private delegate int Writer(byte[] buffer, int offset);

        private static byte[] Bytes(Writer write)
        {
            byte[] buffer = new byte[4096];
            return buffer.AsSpan(0, write(buffer, 0)).ToArray();
        }

        private static byte[] Message(Action<SshWriterBox> encode)
        {
            var box = new SshWriterBox();
            encode(box);
            return box.ToArray();
        }

        private static byte[] DeviceBlob()
        {
            ICryptoSuite suite = FuzzPlatform.Suite(1);
            using DeviceIdentity device = FuzzPlatform.Identity(suite, FuzzPlatform.DeviceSeed);
            return device.PublicKeyBlob();
        }

        /// <summary>SshWriter is a struct used by ref; lambdas need a class around it.</summary>
        internal sealed class SshWriterBox
        {
            private readonly byte[] buffer = new byte[4096];
            private SshWriter writer;

            public SshWriterBox() => writer = new SshWriter(buffer, 0);

            public void WriteByte(byte value) => writer.WriteByte(value);

            public void WriteBoolean(bool value) => writer.WriteBoolean(value);

            public void WriteUInt32(uint value) => writer.WriteUInt32(value);

            public void WriteText(string value) => writer.WriteText(value);

            public void WriteRaw(byte[] value) => writer.WriteRaw(value, 0, value.Length);

            public byte[] ToArray() => buffer.AsSpan(0, writer.Length).ToArray();
        }
    }
}
