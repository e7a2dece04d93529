using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Wire;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>Transport and authentication messages against hex vectors (RFC 4253 §11, §10, RFC 4252, RFC 8308),
    /// and every decoder's refusal of truncated or over-long input.</summary>
    [TestClass]
    public class MessageCodecTests
    {
        private const string DisconnectHex = "01" + "00000002" + "00000003626164" + "00000000";
        private const string UnimplementedHex = "03" + "01020304";
        private const string ServiceRequestHex = "05" + "0000000c7373682d7573657261757468";
        private const string ServiceAcceptHex = "06" + "0000000c7373682d7573657261757468";
        private const string FailureHex = "33" + "000000097075626c69636b6579" + "01";
        private const string ExtInfoHex = "07" + "00000002" + "0000000f7365727665722d7369672d616c6773" + "0000000b7373682d65643235353139"
            + "0000000164" + "00000000";
        private const string DebugHex = "04" + "01" + "000000026869" + "00000000";
        private const string BannerHex = "35" + "0000000568656c6c6f" + "00000000";
        private const string PkOkHex = "3c" + "0000000b7373682d65643235353139" + "00000004deadbeef";
        private const string EcdhInitHex = "1e" + "00000004" + "01020304";
        private const string EcdhReplyHex = "1f" + "0000000101" + "000000020202" + "00000003030303";
        private const string IgnoreHex = "02" + "00000003616263";

        [TestMethod]
        public void WritesAndReadsDisconnect()
        {
            DisconnectMessage message = new DisconnectMessage(SshDisconnectReason.ProtocolError, "bad");
            Expect.Hex(DisconnectHex, Written(message.Write(Buffer, 0)), "write");
            DisconnectMessage read = DisconnectMessage.Read(Hex.Decode(DisconnectHex), 0, DisconnectHex.Length / 2, 100);
            Assert.AreEqual((int)SshDisconnectReason.ProtocolError, (int)read.Reason);
            Assert.AreEqual("bad", read.Description);
        }

        [TestMethod]
        public void WritesAndReadsUnimplemented()
        {
            Expect.Hex(UnimplementedHex, Written(new UnimplementedMessage(0x01020304).Write(Buffer, 0)), "write");
            Assert.AreEqual(0x01020304u, UnimplementedMessage.Read(Hex.Decode(UnimplementedHex), 0, 5).SequenceNumber);
        }

        [TestMethod]
        public void WritesServiceRequestAndReadsAccept()
        {
            Expect.Hex(ServiceRequestHex, Written(new ServiceRequestMessage("ssh-userauth").Write(Buffer, 0)), "write");
            byte[] accept = Hex.Decode(ServiceAcceptHex);
            Assert.AreEqual("ssh-userauth", ServiceAcceptMessage.Read(accept, 0, accept.Length, 100).ServiceName);
        }

        [TestMethod]
        public void ReadsFailureExtInfoDebugBannerPkOk()
        {
            byte[] failure = Hex.Decode(FailureHex);
            UserAuthFailureMessage parsed = UserAuthFailureMessage.Read(failure, 0, failure.Length, 100);
            Assert.AreEqual("publickey", parsed.MethodsThatCanContinue);
            Assert.IsTrue(parsed.PartialSuccess);

            byte[] ext = Hex.Decode(ExtInfoHex);
            Assert.AreEqual("ssh-ed25519", ExtInfoMessage.Read(ext, 0, ext.Length, 100).ServerSignatureAlgorithms);

            byte[] debug = Hex.Decode(DebugHex);
            Assert.AreEqual("hi", DebugMessage.Read(debug, 0, debug.Length, 100).Text);

            byte[] banner = Hex.Decode(BannerHex);
            Assert.AreEqual("hello", UserAuthBannerMessage.Read(banner, 0, banner.Length, 100).Text);

            byte[] ok = Hex.Decode(PkOkHex);
            UserAuthPkOkMessage pkOk = UserAuthPkOkMessage.Read(ok, 0, ok.Length, 100);
            Assert.AreEqual("ssh-ed25519", pkOk.Algorithm);
            Expect.Hex("deadbeef", pkOk.PublicKeyBlob, "blob");
        }

        [TestMethod]
        public void WritesEcdhInitAndReadsReply()
        {
            Expect.Hex(EcdhInitHex, Written(new KexEcdhInitMessage(new byte[] { 1, 2, 3, 4 }).Write(Buffer, 0)), "write");
            byte[] reply = Hex.Decode(EcdhReplyHex);
            KexEcdhReplyMessage parsed = KexEcdhReplyMessage.Read(reply, 0, reply.Length, 100);
            Expect.Hex("01", parsed.HostKey, "K_S");
            Expect.Hex("0202", parsed.ServerPublicKey, "Q_S");
            Expect.Hex("030303", parsed.Signature, "signature");
        }

        [TestMethod]
        public void RoundTripsKexInit()
        {
            KexInitMessage init = new KexInitMessage();
            for (int i = 0; i < 16; i++)
            {
                init.Cookie[i] = (byte)i;
            }

            init.KexAlgorithms = "curve25519-sha256,ext-info-c";
            init.ServerHostKeyAlgorithms = "ssh-ed25519";
            init.EncryptionClientToServer = "aes128-ctr";
            init.EncryptionServerToClient = "aes256-ctr";
            init.MacClientToServer = "hmac-sha2-256";
            init.MacServerToClient = "hmac-sha2-512";
            init.CompressionClientToServer = "none";
            init.CompressionServerToClient = "none";
            init.FirstKexPacketFollows = true;
            int length = init.Write(Buffer, 0);
            Expect.Hex("14000102030405060708090a0b0c0d0e0f0000001c", Buffer, 0, 21, "number, cookie, first name-list length");
            KexInitMessage read = KexInitMessage.Read(Buffer, 0, length, 1000);
            Assert.AreEqual(init.KexAlgorithms, read.KexAlgorithms);
            Assert.AreEqual("aes256-ctr", read.EncryptionServerToClient);
            Assert.AreEqual("hmac-sha2-512", read.MacServerToClient);
            Assert.AreEqual(string.Empty, read.LanguagesServerToClient);
            Assert.IsTrue(read.FirstKexPacketFollows);
            Expect.Hex("000102030405060708090a0b0c0d0e0f", read.Cookie, "cookie");
        }

        [TestMethod]
        public void SignsSessionIdThenRequestFields()
        {
            UserAuthRequestMessage request = new UserAuthRequestMessage("dev", "ssh-connection", "ssh-ed25519", new byte[] { 0xaa });
            int length = request.WriteSignedData(Buffer, 0, new byte[] { 0x11, 0x22 });
            Expect.Hex("000000021122" + "32" + "00000003646576" + "0000000e7373682d636f6e6e656374696f6e" + "000000097075626c69636b6579"
                + "01" + "0000000b7373682d65643235353139" + "00000001aa", Buffer, 0, length, "RFC 4252 §7 signed data");

            int query = request.Write(Buffer, 0);
            Expect.Hex("32" + "00000003646576" + "0000000e7373682d636f6e6e656374696f6e" + "000000097075626c69636b6579"
                + "00" + "0000000b7373682d65643235353139" + "00000001aa", Buffer, 0, query, "query without signature");
            UserAuthRequestMessage read = UserAuthRequestMessage.Read(Buffer, 0, query, 100);
            Assert.IsNull(read.Signature);
            Assert.AreEqual("dev", read.UserName);
        }

        [TestMethod]
        [DataRow(DisconnectHex)]
        [DataRow(UnimplementedHex)]
        [DataRow(ServiceAcceptHex)]
        [DataRow(FailureHex)]
        [DataRow(ExtInfoHex)]
        [DataRow(DebugHex)]
        [DataRow(BannerHex)]
        [DataRow(PkOkHex)]
        [DataRow(EcdhReplyHex)]
        [DataRow(IgnoreHex)]
        public void RejectsEveryTruncationAndTrailingByte(string hex)
        {
            byte[] valid = Hex.Decode(hex);
            Decode(valid, valid.Length);
            for (int length = 0; length < valid.Length; length++)
            {
                ExpectFormatError(valid, length, "truncated to " + length);
            }

            byte[] longer = new byte[valid.Length + 1];
            Array.Copy(valid, longer, valid.Length);
            ExpectFormatError(longer, longer.Length, "one trailing byte");
        }

        [TestMethod]
        public void RejectsStringOverItsLimit()
        {
            byte[] banner = Hex.Decode(BannerHex);
            string caught = "(nothing thrown)";
            try
            {
                UserAuthBannerMessage.Read(banner, 0, banner.Length, 4);
            }
            catch (SshFormatException e)
            {
                caught = e.Message;
            }

            Assert.Contains("exceeds its limit", caught);
        }

        private static readonly byte[] Buffer = new byte[4096];

        private static byte[] Written(int length)
        {
            byte[] copy = new byte[length];
            Array.Copy(Buffer, copy, length);
            return copy;
        }

        private static void ExpectFormatError(byte[] bytes, int length, string what)
        {
            bool thrown = false;
            try
            {
                Decode(bytes, length);
            }
            catch (SshFormatException)
            {
                thrown = true;
            }

            Assert.IsTrue(thrown, what);
        }

        private static void Decode(byte[] bytes, int length)
        {
            // Dispatch by the vector's own message number, as the session does.
            byte number = bytes[0];
            switch (number)
            {
                case DisconnectMessage.Number:
                    DisconnectMessage.Read(bytes, 0, length, 100);
                    break;
                case UnimplementedMessage.Number:
                    UnimplementedMessage.Read(bytes, 0, length);
                    break;
                case ServiceAcceptMessage.Number:
                    ServiceAcceptMessage.Read(bytes, 0, length, 100);
                    break;
                case UserAuthFailureMessage.Number:
                    UserAuthFailureMessage.Read(bytes, 0, length, 100);
                    break;
                case ExtInfoMessage.Number:
                    ExtInfoMessage.Read(bytes, 0, length, 100);
                    break;
                case DebugMessage.Number:
                    DebugMessage.Read(bytes, 0, length, 100);
                    break;
                case UserAuthBannerMessage.Number:
                    UserAuthBannerMessage.Read(bytes, 0, length, 100);
                    break;
                case UserAuthPkOkMessage.Number:
                    UserAuthPkOkMessage.Read(bytes, 0, length, 100);
                    break;
                case KexEcdhReplyMessage.Number:
                    KexEcdhReplyMessage.Read(bytes, 0, length, 100);
                    break;
                default:
                    IgnoreMessage.Read(bytes, 0, length, 100);
                    break;
            }
        }
    }
}
