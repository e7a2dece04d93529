using System.IO;
using System.Text;
using Callhome.AgentCore.Netconf.Framing;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>A message framed as a manager sends it: end-of-message (base:1.0) or chunked (base:1.1).</summary>
    internal static class Frames
    {
        public static byte[] Of(string message, bool chunked, int maxChunk = 4096) => Of(Encoding.UTF8.GetBytes(message), chunked, maxChunk);

        public static byte[] Of(byte[] message, bool chunked, int maxChunk = 4096)
        {
            using var stream = new MemoryStream();
            var writer = new NetconfFrameWriter(new StreamOutput(stream), maxChunk);
            if (chunked)
            {
                writer.SwitchToChunked();
            }

            if (message.Length > 0)
            {
                writer.WriteMessage(message, 0, message.Length);
            }

            return stream.ToArray();
        }

        private sealed class StreamOutput : INetconfOutput
        {
            private readonly Stream stream;

            public StreamOutput(Stream stream) => this.stream = stream;

            public void Write(byte[] buffer, int offset, int count) => stream.Write(buffer, offset, count);
        }
    }
}
