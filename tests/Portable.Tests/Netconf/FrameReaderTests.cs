using System;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.Portable.Tests.Ssh;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>RFC 6242 §4.2 (chunked) and §4.3 (end-of-message) framing vectors: valid, split, boundary,
    /// malformed.</summary>
    [TestClass]
    public class FrameReaderTests
    {
        [TestMethod]
        [DataRow("<hello/>]]>]]>", "<hello/>")]
        [DataRow("]]>]]>", "")]
        [DataRow("a]]>]]]>]]>", "a]]>]")]
        [DataRow("x]]]>]]>", "x]")]
        [DataRow("]]>]]]>]]>", "]]>]")]
        [DataRow("<a>]]></a>]]>]]>", "<a>]]></a>")]
        public void SplitsEndOfMessageFrames(string input, string expected)
        {
            NetconfFrameReader reader = new NetconfFrameReader(64);
            byte[] bytes = Ascii.Bytes(input);
            Assert.AreEqual(bytes.Length, reader.Feed(bytes, 0, bytes.Length), "consumed up to the delimiter");
            Assert.IsTrue(reader.IsComplete, "complete");
            Assert.AreEqual(expected, Text(reader));
        }

        [TestMethod]
        [DataRow("\n#4\nabcd\n##\n", "abcd")]
        [DataRow("\n#2\nab\n#1\nc\n##\n", "abc")]
        [DataRow("\n#1\n\n\n##\n", "\n")]
        [DataRow("\n#10\n0123456789\n##\n", "0123456789")]
        [DataRow("\n#3\n#\n#\n##\n", "#\n#")]
        public void JoinsChunks(string input, string expected)
        {
            NetconfFrameReader reader = Chunked(64);
            byte[] bytes = Ascii.Bytes(input);
            Assert.AreEqual(bytes.Length, reader.Feed(bytes, 0, bytes.Length), "consumed the whole frame");
            Assert.IsTrue(reader.IsComplete, "complete");
            Assert.AreEqual(expected, Text(reader));
        }

        [TestMethod]
        public void ReadsEveryFrameFedOneByteAtATime()
        {
            string[] inputs = new string[] { "\n#2\nab\n#13\n<rpc>x</rpc>\n\n##\n", "<rpc/>]]>]]]>]]>" };
            string[] expected = new string[] { "ab<rpc>x</rpc>\n", "<rpc/>]]>]" };
            for (int n = 0; n < inputs.Length; n++)
            {
                NetconfFrameReader reader = n == 0 ? Chunked(64) : new NetconfFrameReader(64);
                byte[] bytes = Ascii.Bytes(inputs[n]);
                for (int i = 0; i < bytes.Length; i++)
                {
                    Assert.IsFalse(reader.IsComplete, "not complete before byte " + i);
                    Assert.AreEqual(1, reader.Feed(bytes, i, 1));
                }

                Assert.IsTrue(reader.IsComplete, "complete after the last byte");
                Assert.AreEqual(expected[n], Text(reader));
            }
        }

        [TestMethod]
        public void StopsAfterEachMessageSoTheCallerCanSwitchFraming()
        {
            // RFC 6242 §4.1: the hello is end-of-message framed; what follows in the same read is chunked.
            NetconfFrameReader reader = new NetconfFrameReader(64);
            byte[] bytes = Ascii.Bytes("<hello/>]]>]]>\n#5\n<rpc>\n##\n\n#1\nz\n##\n");
            int used = reader.Feed(bytes, 0, bytes.Length);
            Assert.AreEqual(14, used);
            Assert.AreEqual("<hello/>", Text(reader));
            reader.SwitchToChunked();
            used += reader.Feed(bytes, used, bytes.Length - used);
            Assert.AreEqual("<rpc>", Text(reader));
            used += reader.Feed(bytes, used, bytes.Length - used);
            Assert.AreEqual("z", Text(reader));
            Assert.AreEqual(bytes.Length, used);
        }

        [TestMethod]
        public void AcceptsMessagesOfExactlyTheLimit()
        {
            NetconfFrameReader eom = new NetconfFrameReader(4);
            byte[] bytes = Ascii.Bytes("abcd]]>]]>");
            eom.Feed(bytes, 0, bytes.Length);
            Assert.AreEqual("abcd", Text(eom));

            NetconfFrameReader chunked = Chunked(4);
            bytes = Ascii.Bytes("\n#3\nabc\n#1\nd\n##\n");
            chunked.Feed(bytes, 0, bytes.Length);
            Assert.AreEqual("abcd", Text(chunked));
        }

        [TestMethod]
        public void RefusesEndOfMessageFramesOverTheLimit()
        {
            ExpectError(new NetconfFrameReader(4), Ascii.Bytes("abcde]]>]]>"));
        }

        [TestMethod]
        public void WaitsForTheLastDelimiterByteAtTheLimit()
        {
            NetconfFrameReader reader = new NetconfFrameReader(4);
            byte[] bytes = Ascii.Bytes("abcd]]>]]>");
            reader.Feed(bytes, 0, 9);
            Assert.IsFalse(reader.IsComplete, "waits for the last '>'");
            reader.Feed(bytes, 9, 1);
            Assert.AreEqual("abcd", Text(reader));
        }

        [TestMethod]
        [DataRow("#4\nabcd\n##\n")]
        [DataRow("\n4\nabcd\n##\n")]
        [DataRow("\n#0\n\n##\n")]
        [DataRow("\n#04\nabcd\n##\n")]
        [DataRow("\n#-1\n")]
        [DataRow("\n#4x\n")]
        [DataRow("\n#4\nabcdX")]
        [DataRow("\n##\n")]
        [DataRow("\n#4\nabcd\n##x")]
        [DataRow("\n# 4\nabcd")]
        [DataRow("\r\n#4\nabcd")]
        public void RefusesMalformedChunks(string input)
        {
            ExpectError(Chunked(64), Ascii.Bytes(input));
        }

        [TestMethod]
        [DataRow("\n#65\n")]
        [DataRow("\n#4294967295\n")]
        [DataRow("\n#4294967296\n")]
        [DataRow("\n#99999999999999999999\n")]
        public void RefusesChunkSizesPastTheLimitBeforeReadingData(string input)
        {
            ExpectError(Chunked(64), Ascii.Bytes(input));
        }

        [TestMethod]
        public void RefusesAChunkThatWouldPassTheLimitWithEarlierChunks()
        {
            ExpectError(Chunked(4), Ascii.Bytes("\n#3\nabc\n#2\n"));
        }

        [TestMethod]
        public void RefusesSwitchingFramingInsideAMessage()
        {
            NetconfFrameReader reader = new NetconfFrameReader(64);
            byte[] bytes = Ascii.Bytes("<hel");
            reader.Feed(bytes, 0, bytes.Length);
            Assert.ThrowsException(typeof(InvalidOperationException), () => reader.SwitchToChunked());
        }

        internal static NetconfFrameReader Chunked(int limit)
        {
            NetconfFrameReader reader = new NetconfFrameReader(limit);
            reader.SwitchToChunked();
            return reader;
        }

        internal static string Text(NetconfFrameReader reader)
        {
            char[] chars = new char[reader.MessageLength];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)reader.Message[i];
            }

            return new string(chars);
        }

        private static void ExpectError(NetconfFrameReader reader, byte[] bytes)
        {
            bool failed = false;
            try
            {
                int used = 0;
                while (used < bytes.Length)
                {
                    used += reader.Feed(bytes, used, bytes.Length - used);
                }
            }
            catch (NetconfFramingException)
            {
                failed = true;
            }

            Assert.IsTrue(failed, "framing error expected");
        }
    }
}
