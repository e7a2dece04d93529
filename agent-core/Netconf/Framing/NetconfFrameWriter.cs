using System;

namespace Callhome.AgentCore.Netconf.Framing
{
    /// <summary>
    /// Frames outgoing messages (RFC 6242 §4.2, §4.3). A chunked message is written as chunks of at most
    /// <see cref="MaxChunk"/> bytes, so a reply can be produced piece by piece without holding it whole.
    /// </summary>
    public sealed class NetconfFrameWriter
    {
        private static readonly byte[] EndOfMessage = new byte[] { 0x5d, 0x5d, 0x3e, 0x5d, 0x5d, 0x3e };
        private static readonly byte[] EndOfChunks = new byte[] { 0x0a, 0x23, 0x23, 0x0a };

        private readonly INetconfOutput output;
        private readonly byte[] header = new byte[13];

        public NetconfFrameWriter(INetconfOutput output, int maxChunk)
        {
            if (maxChunk < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxChunk));
            }

            this.output = output;
            MaxChunk = maxChunk;
        }

        public int MaxChunk { get; }

        public FramingMode Mode { get; private set; }

        /// <summary>RFC 6242 §4.1: after both hellos, when both sides announced base:1.1.</summary>
        public void SwitchToChunked()
        {
            Mode = FramingMode.Chunked;
        }

        /// <summary>Writes one whole message.</summary>
        public void WriteMessage(byte[] buffer, int offset, int count)
        {
            WritePart(buffer, offset, count);
            EndMessage();
        }

        /// <summary>Writes part of a message; <see cref="EndMessage"/> ends it. In chunked mode each part
        /// becomes one or more chunks; an empty part writes nothing (a chunk holds at least one byte).</summary>
        public void WritePart(byte[] buffer, int offset, int count)
        {
            if (Mode == FramingMode.EndOfMessage)
            {
                output.Write(buffer, offset, count);
                return;
            }

            while (count > 0)
            {
                int size = count < MaxChunk ? count : MaxChunk;
                output.Write(header, 0, ChunkHeader(size));
                output.Write(buffer, offset, size);
                offset += size;
                count -= size;
            }
        }

        public void EndMessage()
        {
            if (Mode == FramingMode.EndOfMessage)
            {
                output.Write(EndOfMessage, 0, EndOfMessage.Length);
            }
            else
            {
                output.Write(EndOfChunks, 0, EndOfChunks.Length);
            }
        }

        // LF HASH chunk-size LF, the size in decimal without leading zeros.
        private int ChunkHeader(int size)
        {
            int digits = 1;
            for (int rest = size / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            header[0] = 0x0a;
            header[1] = 0x23;
            for (int i = digits + 1, rest = size; i >= 2; i--, rest /= 10)
            {
                header[i] = (byte)(0x30 + (rest % 10));
            }

            header[digits + 2] = 0x0a;
            return digits + 3;
        }
    }
}
