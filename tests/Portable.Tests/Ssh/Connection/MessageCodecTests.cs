using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Wire;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Each RFC 4254 message is written byte for byte as the RFC lays it out (fields separated by
    /// spaces in the vectors) and reads back to the same fields.</summary>
    [TestClass]
    public class MessageCodecTests
    {
        private const int Limit = 8192;

        [TestMethod]
        public void MessageNumbersAreTheRfc4250Codes()
        {
            Assert.AreEqual((byte)80, GlobalRequestMessage.MessageNumber);
            Assert.AreEqual((byte)81, RequestSuccessMessage.MessageNumber);
            Assert.AreEqual((byte)82, RequestFailureMessage.MessageNumber);
            Assert.AreEqual((byte)90, ChannelOpenMessage.MessageNumber);
            Assert.AreEqual((byte)91, ChannelOpenConfirmationMessage.MessageNumber);
            Assert.AreEqual((byte)92, ChannelOpenFailureMessage.MessageNumber);
            Assert.AreEqual((byte)93, ChannelWindowAdjustMessage.MessageNumber);
            Assert.AreEqual((byte)94, ChannelDataMessage.MessageNumber);
            Assert.AreEqual((byte)95, ChannelExtendedDataMessage.MessageNumber);
            Assert.AreEqual((byte)96, ChannelEofMessage.MessageNumber);
            Assert.AreEqual((byte)97, ChannelCloseMessage.MessageNumber);
            Assert.AreEqual((byte)98, ChannelRequestMessage.MessageNumber);
            Assert.AreEqual((byte)99, ChannelSuccessMessage.MessageNumber);
            Assert.AreEqual((byte)100, ChannelFailureMessage.MessageNumber);
        }

        [TestMethod]
        public void GlobalRequestRoundTrips()
        {
            const string vector = "50 00000015 6b656570616c697665406f70656e7373682e636f6d 01";
            GlobalRequestMessage message = new GlobalRequestMessage();
            message.RequestName = GlobalRequestMessage.KeepAliveName;
            message.WantReply = true;
            Wire.AssertWritten(vector, message.Write, "keepalive@openssh.com, want reply");

            byte[] bytes = Wire.Bytes(vector);
            GlobalRequestMessage read = GlobalRequestMessage.Read(bytes, 0, bytes.Length, Limit);
            Assert.AreEqual("keepalive@openssh.com", read.RequestName);
            Assert.IsTrue(read.WantReply);
            Assert.AreEqual(0, read.RequestDataLength);
        }

        [TestMethod]
        public void RequestSuccessKeepsItsResponseData()
        {
            const string vector = "51 000008ae";
            byte[] bytes = Wire.Bytes(vector);
            RequestSuccessMessage read = RequestSuccessMessage.Read(bytes, 0, bytes.Length);
            Assert.AreEqual(4, read.ResponseDataLength);
            Assert.AreEqual(1, read.ResponseDataOffset);
            Wire.AssertWritten(vector, read.Write, "tcpip-forward style response data");
        }

        [TestMethod]
        public void RequestFailureIsOneByte()
        {
            Wire.AssertWritten("52", RequestFailureMessage.Write, "request failure");
            byte[] bytes = Wire.Bytes("52");
            Assert.IsNotNull(RequestFailureMessage.Read(bytes, 0, 1));
        }

        [TestMethod]
        public void ChannelOpenRoundTrips()
        {
            const string vector = "5a 00000007 73657373696f6e 00000000 00200000 00008000";
            ChannelOpenMessage message = new ChannelOpenMessage();
            message.ChannelType = "session";
            message.SenderChannel = 0;
            message.InitialWindowSize = 0x200000;
            message.MaximumPacketSize = 0x8000;
            Wire.AssertWritten(vector, message.Write, "session open");

            byte[] bytes = Wire.Bytes(vector);
            ChannelOpenMessage read = ChannelOpenMessage.Read(bytes, 0, bytes.Length, Limit);
            Assert.AreEqual("session", read.ChannelType);
            Assert.AreEqual(0u, read.SenderChannel);
            Assert.AreEqual(0x200000u, read.InitialWindowSize);
            Assert.AreEqual(0x8000u, read.MaximumPacketSize);
            Assert.AreEqual(0, read.TypeDataLength);
        }

        [TestMethod]
        public void ChannelOpenConfirmationRoundTrips()
        {
            const string vector = "5b 00000003 00000007 00010000 00004000";
            ChannelOpenConfirmationMessage message = new ChannelOpenConfirmationMessage();
            message.RecipientChannel = 3;
            message.SenderChannel = 7;
            message.InitialWindowSize = 0x10000;
            message.MaximumPacketSize = 0x4000;
            Wire.AssertWritten(vector, message.Write, "confirmation");

            byte[] bytes = Wire.Bytes(vector);
            ChannelOpenConfirmationMessage read = ChannelOpenConfirmationMessage.Read(bytes, 0, bytes.Length);
            Assert.AreEqual(3u, read.RecipientChannel);
            Assert.AreEqual(7u, read.SenderChannel);
            Assert.AreEqual(0x10000u, read.InitialWindowSize);
            Assert.AreEqual(0x4000u, read.MaximumPacketSize);
        }

        [TestMethod]
        public void ChannelOpenFailureRoundTrips()
        {
            const string vector = "5c 00000001 00000001 00000002 6e6f 00000000";
            ChannelOpenFailureMessage message = new ChannelOpenFailureMessage();
            message.RecipientChannel = 1;
            message.ReasonCode = ChannelOpenFailureReason.AdministrativelyProhibited;
            message.Description = "no";
            Wire.AssertWritten(vector, message.Write, "administratively prohibited");

            byte[] bytes = Wire.Bytes(vector);
            ChannelOpenFailureMessage read = ChannelOpenFailureMessage.Read(bytes, 0, bytes.Length, Limit);
            Assert.AreEqual(1u, read.RecipientChannel);
            Assert.AreEqual(1u, read.ReasonCode);
            Assert.AreEqual("no", read.Description);
            Assert.AreEqual(string.Empty, read.LanguageTag);
        }

        [TestMethod]
        public void WindowAdjustRoundTrips()
        {
            const string vector = "5d 00000002 00001000";
            ChannelWindowAdjustMessage message = new ChannelWindowAdjustMessage();
            message.RecipientChannel = 2;
            message.BytesToAdd = 0x1000;
            Wire.AssertWritten(vector, message.Write, "window adjust");

            byte[] bytes = Wire.Bytes(vector);
            ChannelWindowAdjustMessage read = ChannelWindowAdjustMessage.Read(bytes, 0, bytes.Length);
            Assert.AreEqual(2u, read.RecipientChannel);
            Assert.AreEqual(0x1000u, read.BytesToAdd);
        }

        [TestMethod]
        public void DataRoundTripsWithoutCopying()
        {
            const string vector = "5e 00000000 00000002 6869";
            ChannelDataMessage message = new ChannelDataMessage();
            message.Data = new byte[] { 0x00, 0x68, 0x69 };
            message.DataOffset = 1;
            message.DataLength = 2;
            Wire.AssertWritten(vector, message.Write, "data \"hi\"");

            byte[] bytes = Wire.Bytes(vector);
            ChannelDataMessage read = ChannelDataMessage.Read(bytes, 0, bytes.Length, 32768);
            Assert.AreEqual(0u, read.RecipientChannel);
            Assert.AreSame(bytes, read.Data, "a segment of the payload");
            Assert.AreEqual(9, read.DataOffset);
            Assert.AreEqual("6869", Hex.Encode(read.Data, read.DataOffset, read.DataLength));
        }

        [TestMethod]
        public void ExtendedDataRoundTrips()
        {
            const string vector = "5f 00000000 00000001 00000001 65";
            ChannelExtendedDataMessage message = new ChannelExtendedDataMessage();
            message.DataTypeCode = ChannelDataType.Stderr;
            message.Data = new byte[] { 0x65 };
            message.DataLength = 1;
            Wire.AssertWritten(vector, message.Write, "stderr \"e\"");

            byte[] bytes = Wire.Bytes(vector);
            ChannelExtendedDataMessage read = ChannelExtendedDataMessage.Read(bytes, 0, bytes.Length, 32768);
            Assert.AreEqual(1u, read.DataTypeCode);
            Assert.AreEqual("65", Hex.Encode(read.Data, read.DataOffset, read.DataLength));
        }

        [TestMethod]
        public void EofCloseSuccessAndFailureCarryOnlyTheRecipient()
        {
            ChannelEofMessage eof = new ChannelEofMessage();
            eof.RecipientChannel = 5;
            Wire.AssertWritten("60 00000005", eof.Write, "EOF");
            ChannelCloseMessage close = new ChannelCloseMessage();
            close.RecipientChannel = 6;
            Wire.AssertWritten("61 00000006", close.Write, "CLOSE");
            ChannelSuccessMessage success = new ChannelSuccessMessage();
            success.RecipientChannel = 4;
            Wire.AssertWritten("63 00000004", success.Write, "SUCCESS");
            ChannelFailureMessage failure = new ChannelFailureMessage();
            failure.RecipientChannel = 4;
            Wire.AssertWritten("64 00000004", failure.Write, "FAILURE");

            byte[] bytes = Wire.Bytes("60 00000005");
            Assert.AreEqual(5u, ChannelEofMessage.Read(bytes, 0, bytes.Length).RecipientChannel);
            bytes = Wire.Bytes("61 00000006");
            Assert.AreEqual(6u, ChannelCloseMessage.Read(bytes, 0, bytes.Length).RecipientChannel);
            bytes = Wire.Bytes("63 00000004");
            Assert.AreEqual(4u, ChannelSuccessMessage.Read(bytes, 0, bytes.Length).RecipientChannel);
            bytes = Wire.Bytes("64 00000004");
            Assert.AreEqual(4u, ChannelFailureMessage.Read(bytes, 0, bytes.Length).RecipientChannel);
        }

        [TestMethod]
        public void ExecRequestRoundTrips()
        {
            const string vector = "62 00000000 00000004 65786563 01 00000002 6c73";
            ExecRequest exec = new ExecRequest();
            exec.Command = "ls";
            Wire.AssertWritten(vector, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 0, ExecRequest.Type, true);
                exec.WriteData(ref w);
            }, "exec \"ls\"");

            ChannelRequestMessage read = ReadRequest(vector);
            Assert.AreEqual("exec", read.RequestType);
            Assert.IsTrue(read.WantReply);
            Assert.AreEqual("ls", ExecRequest.Parse(read, Limit).Command);
            Wire.AssertWritten(vector, read.Write, "re-written from what was read");
        }

        [TestMethod]
        public void SubsystemRequestRoundTrips()
        {
            const string vector = "62 00000001 00000009 73756273797374656d 01 00000007 6e6574636f6e66";
            SubsystemRequest subsystem = new SubsystemRequest();
            subsystem.Name = "netconf";
            Wire.AssertWritten(vector, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 1, SubsystemRequest.Type, true);
                subsystem.WriteData(ref w);
            }, "subsystem netconf");

            ChannelRequestMessage read = ReadRequest(vector);
            Assert.AreEqual(1u, read.RecipientChannel);
            Assert.AreEqual("netconf", SubsystemRequest.Parse(read, Limit).Name);
        }

        [TestMethod]
        public void ExitStatusRequestRoundTrips()
        {
            const string vector = "62 00000002 0000000b 657869742d737461747573 00 00000003";
            ExitStatusRequest exit = new ExitStatusRequest();
            exit.ExitStatus = 3;
            Wire.AssertWritten(vector, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 2, ExitStatusRequest.Type, false);
                exit.WriteData(ref w);
            }, "exit-status 3");

            ChannelRequestMessage read = ReadRequest(vector);
            Assert.IsFalse(read.WantReply);
            Assert.AreEqual(3u, ExitStatusRequest.Parse(read).ExitStatus);
        }

        [TestMethod]
        public void ShellAndPtyRequestsRoundTrip()
        {
            const string shell = "62 00000000 00000005 7368656c6c 01";
            Wire.AssertWritten(shell, (ref SshWriter w) => ChannelRequestMessage.WriteHeader(ref w, 0, ShellRequest.Type, true), "shell");
            ShellRequest.Parse(ReadRequest(shell));

            const string pty = "62 00000000 00000007 7074792d726571 01 00000005 7674313030 00000050 00000018 00000000 00000000 00000001 00";
            PtyRequest request = new PtyRequest();
            request.Term = "vt100";
            request.WidthCharacters = 80;
            request.HeightRows = 24;
            request.TerminalModes = new byte[] { 0 };
            Wire.AssertWritten(pty, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 0, PtyRequest.Type, true);
                request.WriteData(ref w);
            }, "pty-req vt100 80x24");

            PtyRequest read = PtyRequest.Parse(ReadRequest(pty), Limit);
            Assert.AreEqual("vt100", read.Term);
            Assert.AreEqual(80u, read.WidthCharacters);
            Assert.AreEqual(24u, read.HeightRows);
            Assert.AreEqual(1, read.TerminalModes.Length);
        }

        [TestMethod]
        public void ExitSignalAndWindowChangeRequestsRoundTrip()
        {
            const string signal = "62 00000000 0000000b 657869742d7369676e616c 00 00000004 5445524d 01 00000001 78 00000000";
            ExitSignalRequest exit = new ExitSignalRequest();
            exit.SignalName = "TERM";
            exit.CoreDumped = true;
            exit.ErrorMessage = "x";
            Wire.AssertWritten(signal, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 0, ExitSignalRequest.Type, false);
                exit.WriteData(ref w);
            }, "exit-signal TERM, core dumped");
            ExitSignalRequest readSignal = ExitSignalRequest.Parse(ReadRequest(signal), Limit);
            Assert.AreEqual("TERM", readSignal.SignalName);
            Assert.IsTrue(readSignal.CoreDumped);
            Assert.AreEqual("x", readSignal.ErrorMessage);

            const string change = "62 00000000 0000000d 77696e646f772d6368616e6765 00 00000078 00000028 00000000 00000000";
            WindowChangeRequest window = new WindowChangeRequest();
            window.WidthCharacters = 120;
            window.HeightRows = 40;
            Wire.AssertWritten(change, (ref SshWriter w) =>
            {
                ChannelRequestMessage.WriteHeader(ref w, 0, WindowChangeRequest.Type, false);
                window.WriteData(ref w);
            }, "window-change 120x40");
            WindowChangeRequest readChange = WindowChangeRequest.Parse(ReadRequest(change));
            Assert.AreEqual(120u, readChange.WidthCharacters);
            Assert.AreEqual(40u, readChange.HeightRows);
        }

        [TestMethod]
        public void TypedRequestsRejectTrailingBytes()
        {
            Assert.ThrowsException(typeof(SshFormatException), () => ExecRequest.Parse(ReadRequest("62 00000000 00000004 65786563 01 00000002 6c73 00"), Limit));
            Assert.ThrowsException(typeof(SshFormatException), () => ShellRequest.Parse(ReadRequest("62 00000000 00000005 7368656c6c 01 00")));
            Assert.ThrowsException(typeof(SshFormatException), () => ExitStatusRequest.Parse(ReadRequest("62 00000000 0000000b 657869742d737461747573 00 000003")));
        }

        [TestMethod]
        public void ReadersRejectTrailingBytesAndTruncation()
        {
            byte[] trailing = Wire.Bytes("60 00000005 00");
            Assert.ThrowsException(typeof(SshFormatException), () => ChannelEofMessage.Read(trailing, 0, trailing.Length));
            byte[] truncated = Wire.Bytes("5d 00000002 0000");
            Assert.ThrowsException(typeof(SshFormatException), () => ChannelWindowAdjustMessage.Read(truncated, 0, truncated.Length));
            byte[] longData = Wire.Bytes("5e 00000000 00000003 686969");
            Assert.ThrowsException(typeof(SshFormatException), () => ChannelDataMessage.Read(longData, 0, longData.Length, 2));
        }

        private static ChannelRequestMessage ReadRequest(string spacedHex)
        {
            byte[] bytes = Wire.Bytes(spacedHex);
            return ChannelRequestMessage.Read(bytes, 0, bytes.Length, Limit);
        }
    }
}
