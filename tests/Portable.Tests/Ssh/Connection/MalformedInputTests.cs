using System;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Transport;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>
    /// Every bad input from the peer raises SshProtocolException with RFC 4253 §11.1 PROTOCOL_ERROR (2), so the
    /// engine can DISCONNECT; never an index error, never an allocation sized by the peer. Each test opens
    /// channel 0 between a client and a server, then feeds the client hand-made messages.
    /// </summary>
    [TestClass]
    public class MalformedInputTests
    {
        private static ConnectionPair OpenPair(uint clientWindow, uint clientMaxPacket)
        {
            SshLimits limits = SshLimits.CreateDefault();
            limits.ChannelWindowSize = clientWindow;
            limits.ChannelMaxPacket = clientMaxPacket;
            ConnectionPair pair = new ConnectionPair(limits, SshLimits.CreateDefault());
            pair.OpenSession();
            return pair;
        }

        private static ConnectionPair OpenPair()
        {
            return OpenPair(2 * 1024 * 1024, 32768);
        }

        /// <summary>A CHANNEL_DATA message for channel 0 carrying <paramref name="length"/> bytes.</summary>
        private static byte[] DataMessage(int length)
        {
            byte[] message = new byte[9 + length];
            message[0] = 94;
            message[5] = (byte)(length >> 24);
            message[6] = (byte)(length >> 16);
            message[7] = (byte)(length >> 8);
            message[8] = (byte)length;
            return message;
        }

        [TestMethod]
        public void OtherMessageNumbersAreLeftToTheEngine()
        {
            ConnectionPair pair = OpenPair();
            byte[] message = new byte[] { 2, 0, 0, 0, 0 };
            for (int number = 0; number < 256; number++)
            {
                bool ours = (number >= 80 && number <= 82) || (number >= 90 && number <= 100);
                if (!ours)
                {
                    message[0] = (byte)number;
                    Assert.IsFalse(pair.Client.HandleMessage(message, 0, message.Length), "message " + number);
                }
            }

            Assert.IsFalse(pair.Client.HandleMessage(message, 0, 0), "empty payload");
            Assert.AreEqual(1, pair.Client.ChannelCount);
        }

        [TestMethod]
        public void TruncatedMessageIsAProtocolError()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "60 000000", "EOF with a 3-byte channel");
            Wire.ExpectProtocolError(pair.Client, "5e 00000000 00000005 6869", "data shorter than its length");
            Wire.ExpectProtocolError(pair.Client, "62 00000000 00000004 65786563", "request without want-reply");
            Wire.ExpectProtocolError(pair.Client, "5c 00000000 00000001", "open failure without description");
        }

        [TestMethod]
        public void DataBeyondOurWindowIsAProtocolError()
        {
            ConnectionPair pair = OpenPair(100, 200);
            byte[] fits = DataMessage(100);
            Assert.IsTrue(pair.Client.HandleMessage(fits, 0, fits.Length), "exactly the window");
            byte[] message = DataMessage(1);
            pair = OpenPair(100, 200);
            message = DataMessage(150);
            Wire.ExpectProtocolError(() => pair.Client.HandleMessage(message, 0, message.Length), "150 bytes into a 100-byte window");
        }

        [TestMethod]
        public void DataOverOurMaximumPacketIsAProtocolError()
        {
            ConnectionPair pair = OpenPair(1000, 100);
            byte[] message = DataMessage(101);
            Wire.ExpectProtocolError(() => pair.Client.HandleMessage(message, 0, message.Length), "101 bytes over a 100-byte maximum packet");
            Wire.ExpectProtocolError(pair.Client, "5e 00000000 7fffffff", "a huge declared length is rejected before use");
            Wire.ExpectProtocolError(pair.Client, "5f 00000000 00000001 ffffffff", "extended data too");
        }

        [TestMethod]
        public void UnknownChannelIsAProtocolError()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "60 00000007", "EOF on channel 7");
            Wire.ExpectProtocolError(pair.Client, "61 ffffffff", "CLOSE on channel 2^32-1");
            Wire.ExpectProtocolError(pair.Client, "5d 00000008 00000001", "window adjust on channel 8 (slot 0, another generation)");
            Wire.ExpectProtocolError(pair.Client, "62 00000003 00000004 65786563 01 00000000", "request on channel 3");
            Wire.ExpectProtocolError(pair.Client, "5b 00000005 00000000 00001000 00001000", "confirmation of a channel never opened");
        }

        [TestMethod]
        public void OversizedStringIsAProtocolError()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "5a 00002001", "channel type of 8193 bytes (limit 8192)");
            Wire.ExpectProtocolError(pair.Client, "62 00000000 00002001", "request type of 8193 bytes");
            Wire.ExpectProtocolError(pair.Client, "50 ffffffff", "global request name of 2^32-1 bytes");
            Wire.ExpectProtocolError(pair.Client, "5c 00000000 00000001 00002001", "open failure description of 8193 bytes");
        }

        [TestMethod]
        public void TrailingBytesAreAProtocolError()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "60 00000000 00", "EOF");
            Wire.ExpectProtocolError(pair.Client, "61 00000000 00", "CLOSE");
            Wire.ExpectProtocolError(pair.Client, "5d 00000000 00000010 00", "window adjust");
            Wire.ExpectProtocolError(pair.Client, "5e 00000000 00000001 41 42", "data");
            Wire.ExpectProtocolError(pair.Client, "52 00", "request failure");
            Wire.ExpectProtocolError(pair.Client, "63 00000000 00", "channel success");
            Wire.ExpectProtocolError(pair.Client, "62 00000000 0000000b 657869742d737461747573 00 00000000 00", "exit-status");
            pair.Client.AcceptPeerSessions = true;
            Wire.ExpectProtocolError(pair.Client, "5a 00000007 73657373696f6e 00000001 00001000 00001000 ff", "session open");
            Assert.AreEqual(1, pair.Client.ChannelCount, "nothing was allocated for the bad open");
        }

        [TestMethod]
        public void ReplyWithoutARequestIsAProtocolError()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "63 00000000", "channel success");
            Wire.ExpectProtocolError(pair.Client, "64 00000000", "channel failure");
            Wire.ExpectProtocolError(pair.Client, "51", "request success");
            Wire.ExpectProtocolError(pair.Client, "52", "request failure");
        }

        [TestMethod]
        public void ChannelStateViolationsAreProtocolErrors()
        {
            ConnectionPair pair = OpenPair();
            Wire.ExpectProtocolError(pair.Client, "5d 00000000 ffffffff", "window beyond 2^32-1");
            Wire.ExpectProtocolError(pair.Client, "5b 00000000 00000000 00001000 00001000", "second confirmation");
            Wire.ExpectProtocolError(pair.Client, "5c 00000000 00000001 00000000 00000000", "failure of an open channel");

            int opening = pair.Client.OpenSession();
            Assert.AreEqual(1, opening);
            Wire.ExpectProtocolError(pair.Client, "60 00000001", "EOF before the confirmation");

            byte[] eof = Wire.Bytes("60 00000000");
            Assert.IsTrue(pair.Client.HandleMessage(eof, 0, eof.Length));
            Wire.ExpectProtocolError(pair.Client, "60 00000000", "second EOF");
            Wire.ExpectProtocolError(pair.Client, "5e 00000000 00000001 41", "data after EOF");
        }

        [TestMethod]
        public void EveryTruncationOfValidMessagesIsAProtocolError()
        {
            string[] messages = new string[]
            {
                "50 00000015 6b656570616c697665406f70656e7373682e636f6d 01",
                "5a 00000007 73657373696f6e 00000000 00200000 00008000",
                "5b 00000001 00000000 00010000 00004000",
                "5c 00000001 00000001 00000002 6e6f 00000000",
                "5d 00000000 00001000",
                "5e 00000000 00000002 6869",
                "5f 00000000 00000001 00000001 65",
                "60 00000000",
                "61 00000000",
                "62 00000000 0000000b 657869742d737461747573 00 00000003",
                "63 00000000",
                "64 00000000",
            };
            foreach (string hex in messages)
            {
                byte[] message = Wire.Bytes(hex);
                for (int length = 1; length < message.Length; length++)
                {
                    ConnectionPair pair = OpenPair();
                    pair.Client.OpenSession();
                    int cut = length;
                    Wire.ExpectProtocolError(() => pair.Client.HandleMessage(message, 0, cut), hex + " cut to " + cut);
                }
            }
        }

        [TestMethod]
        public void RandomMessagesRaiseOnlyProtocolErrors()
        {
            Random random = new Random(4254);
            ConnectionPair pair = OpenPair();
            pair.Client.AcceptPeerSessions = true;
            byte[] message = new byte[64];
            int errors = 0;
            for (int i = 0; i < 3000; i++)
            {
                if (i % 50 == 0)
                {
                    pair = OpenPair();
                    pair.Client.AcceptPeerSessions = true;
                }

                int length = 1 + random.Next(message.Length);
                random.NextBytes(message);
                message[0] = (byte)(80 + random.Next(21));

                // Small channel ids and lengths make it past the first checks often.
                if (length > 4 && message[0] >= 91)
                {
                    message[1] = 0;
                    message[2] = 0;
                    message[3] = 0;
                    message[4] = (byte)(message[4] & 1);
                }

                try
                {
                    pair.Client.HandleMessage(message, 0, length);
                }
                catch (SshProtocolException e)
                {
                    Assert.AreEqual(2, (int)e.Reason);
                    errors++;
                }
            }

            Assert.IsTrue(errors > 0);
        }
    }
}
