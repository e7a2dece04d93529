using System;
using System.Security.Cryptography;
using System.Threading;
using Callhome.AgentCore.Ssh.Client;
using Xunit;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>Pushes random bytes through an echoing channel (writer thread) while reading them back, then
    /// checks count and hash and that the echo ended with EOF.</summary>
    internal static class ChannelTransfer
    {
        public static void EchoAndCheck(SshChannel echo, int bytes, Func<string> log)
        {
            byte[] data = RandomNumberGenerator.GetBytes(bytes);
            byte[] received = new byte[bytes];
            Exception? writerFailure = null;
            var writer = new Thread(() =>
            {
                try
                {
                    for (int offset = 0; offset < data.Length; offset += 50000)
                    {
                        echo.Write(data, offset, Math.Min(50000, data.Length - offset));
                    }

                    echo.CloseOutput();
                }
                catch (Exception e) when (e is SshConnectionException || e is InvalidOperationException)
                {
                    writerFailure = e;
                }
            });
            writer.Start();
            int done = 0;
            try
            {
                while (done < received.Length)
                {
                    int n = echo.Read(received, done, received.Length - done);
                    Assert.True(n > 0, "end of stream after " + done + " bytes\n" + log());
                    done += n;
                }
            }
            finally
            {
                writer.Join();
            }

            Assert.Null(writerFailure);
            Assert.Equal(0, echo.Read(new byte[1], 0, 1));
            Assert.Equal(SHA256.HashData(data), SHA256.HashData(received));
        }
    }
}
