using System;

namespace Callhome.AgentCore.Netconf.Framing
{
    /// <summary>
    /// Splits the bytes of a NETCONF-over-SSH channel into messages (RFC 6242 §4.3 end-of-message and §4.2
    /// chunked framing) as a byte-level state machine. Messages collect in one buffer allocated at construction
    /// (the message limit plus the 6-byte delimiter), so no chunk size sent by the peer sizes an allocation: a
    /// chunk that would pass the limit is refused before any of its data is read.
    /// </summary>
    public sealed class NetconfFrameReader
    {
        /// <summary>The largest chunk-size RFC 6242 §4.2 allows (2^32 - 1).</summary>
        public const long MaxChunkSize = 4294967295L;

        // "]]>]]>" (§4.3) and its border table (the longest proper prefix that is also a suffix of its first
        // k+1 bytes), so a partial match such as "]]>]]" followed by "]>" is still recognised.
        private static readonly byte[] Delimiter = new byte[] { 0x5d, 0x5d, 0x3e, 0x5d, 0x5d, 0x3e };
        private static readonly int[] Border = new int[] { 0, 1, 0, 1, 2, 3 };

        private readonly byte[] message;
        private readonly int maxMessage;
        private int length;
        private int matched;
        private ChunkState state;
        private long chunkSize;
        private int sizeDigits;
        private int chunks;

        public NetconfFrameReader(int maxMessageLength)
        {
            if (maxMessageLength < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxMessageLength));
            }

            maxMessage = maxMessageLength;
            message = new byte[maxMessageLength + Delimiter.Length];
        }

        private enum ChunkState
        {
            LineFeed,
            Hash,
            SizeOrEnd,
            SizeDigits,
            Data,
            EndLineFeed,
        }

        public FramingMode Mode { get; private set; }

        /// <summary>True when <see cref="Message"/> holds a whole message of <see cref="MessageLength"/> bytes.
        /// The next <see cref="Feed"/> starts a new message in the same buffer.</summary>
        public bool IsComplete { get; private set; }

        public byte[] Message
        {
            get { return message; }
        }

        public int MessageLength { get; private set; }

        /// <summary>True while part of a message has been read.</summary>
        public bool InMessage
        {
            get { return !IsComplete && (length > 0 || matched > 0 || state != ChunkState.LineFeed); }
        }

        /// <summary>RFC 6242 §4.1: chunked framing starts with the first message after both hellos. Only
        /// allowed between messages.</summary>
        public void SwitchToChunked()
        {
            if (InMessage)
            {
                throw new InvalidOperationException("framing can change only between messages");
            }

            Mode = FramingMode.Chunked;
        }

        /// <summary>Consumes bytes up to the end of one message and returns how many were used, so the caller
        /// can act on the message (e.g. switch framing after hello) before feeding the rest. Throws
        /// <see cref="NetconfFramingException"/> on a framing error; the session must then end.</summary>
        public int Feed(byte[] buffer, int offset, int count)
        {
            if (IsComplete)
            {
                IsComplete = false;
                MessageLength = 0;
                length = 0;
            }

            return Mode == FramingMode.EndOfMessage ? FeedEndOfMessage(buffer, offset, count) : FeedChunked(buffer, offset, count);
        }

        private int FeedEndOfMessage(byte[] buffer, int offset, int count)
        {
            int used = 0;
            while (used < count)
            {
                byte b = buffer[offset + used];
                used++;
                if (length == message.Length)
                {
                    throw new NetconfFramingException("message longer than " + maxMessage + " bytes");
                }

                message[length++] = b;
                while (matched > 0 && b != Delimiter[matched])
                {
                    matched = Border[matched - 1];
                }

                if (b == Delimiter[matched])
                {
                    matched++;
                }

                if (matched == Delimiter.Length)
                {
                    matched = 0;
                    Complete(length - Delimiter.Length);
                    break;
                }
            }

            return used;
        }

        private int FeedChunked(byte[] buffer, int offset, int count)
        {
            int used = 0;
            while (used < count && !IsComplete)
            {
                if (state == ChunkState.Data)
                {
                    int take = (int)(chunkSize < count - used ? chunkSize : count - used);
                    Array.Copy(buffer, offset + used, message, length, take);
                    length += take;
                    used += take;
                    chunkSize -= take;
                    if (chunkSize == 0)
                    {
                        state = ChunkState.LineFeed;
                    }

                    continue;
                }

                ChunkByte(buffer[offset + used]);
                used++;
            }

            return used;
        }

        // RFC 6242 §4.2: Chunked-Message = 1*chunk end-of-chunks; chunk = LF HASH chunk-size LF chunk-data;
        // end-of-chunks = LF HASH HASH LF; chunk-size = [1-9] *DIGIT, at most 4294967295.
        private void ChunkByte(byte b)
        {
            switch (state)
            {
                case ChunkState.LineFeed:
                    Expect(b, 0x0a, "LF before a chunk");
                    state = ChunkState.Hash;
                    break;
                case ChunkState.Hash:
                    Expect(b, 0x23, "'#' after LF");
                    state = ChunkState.SizeOrEnd;
                    break;
                case ChunkState.SizeOrEnd:
                    if (b == 0x23)
                    {
                        if (chunks == 0)
                        {
                            throw new NetconfFramingException("end-of-chunks before any chunk");
                        }

                        state = ChunkState.EndLineFeed;
                    }
                    else if (b >= 0x31 && b <= 0x39)
                    {
                        chunkSize = b - 0x30;
                        sizeDigits = 1;
                        state = ChunkState.SizeDigits;
                    }
                    else
                    {
                        throw new NetconfFramingException("chunk-size must start with a digit 1-9, got " + Describe(b));
                    }

                    break;
                case ChunkState.SizeDigits:
                    SizeDigit(b);
                    break;
                default:
                    Expect(b, 0x0a, "LF after end-of-chunks");
                    state = ChunkState.LineFeed;
                    chunks = 0;
                    Complete(length);
                    break;
            }
        }

        private void SizeDigit(byte b)
        {
            if (b == 0x0a)
            {
                if (chunkSize > maxMessage - length)
                {
                    throw new NetconfFramingException("chunk of " + chunkSize + " bytes passes the " + maxMessage + "-byte message limit");
                }

                chunks++;
                state = ChunkState.Data;
                return;
            }

            if (b < 0x30 || b > 0x39)
            {
                throw new NetconfFramingException("chunk-size holds " + Describe(b));
            }

            sizeDigits++;
            chunkSize = (chunkSize * 10) + (b - 0x30);
            if (sizeDigits > 10 || chunkSize > MaxChunkSize)
            {
                throw new NetconfFramingException("chunk-size above 4294967295");
            }
        }

        private void Complete(int messageLength)
        {
            MessageLength = messageLength;
            IsComplete = true;
        }

        private static void Expect(byte b, byte expected, string what)
        {
            if (b != expected)
            {
                throw new NetconfFramingException("expected " + what + ", got " + Describe(b));
            }
        }

        private static string Describe(byte b)
        {
            return b >= 0x20 && b < 0x7f ? "'" + (char)b + "'" : "byte 0x" + b.ToString("x2");
        }
    }
}
