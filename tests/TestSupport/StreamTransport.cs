using System;
using System.IO;

namespace Callhome.TestSupport
{
    /// <summary>An ISshTransport over any connected System.IO.Stream (a NetworkStream here). It would belong in
    /// agent-core/Ssh/Client once agent-core's nfproj references System.IO.Streams; until then it lives with
    /// the host tests so the nanoFramework check stays clean.</summary>
    public sealed class StreamTransport : Callhome.AgentCore.Ssh.Client.ISshTransport
    {
        private readonly Stream stream;

        public StreamTransport(Stream stream)
        {
            ArgumentNullException.ThrowIfNull(stream);
            this.stream = stream;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            return stream.Read(buffer, offset, count);
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            stream.Write(buffer, offset, count);
            stream.Flush();
        }

        public void Close()
        {
            stream.Close();
        }
    }
}
