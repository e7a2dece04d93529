using System;
using System.Text;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Session;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>A manager's side of a NETCONF session in memory (no SSH): hello, then one rpc at a time,
    /// each reply returned as text.</summary>
    internal sealed class InMemoryManager : INetconfOutput, IDisposable
    {
        private readonly NetconfFrameReader replies = new(4 * 1024 * 1024);
        private readonly System.IO.MemoryStream written = new();
        private int read;
        private int messageId;

        public InMemoryManager(NetconfServer server)
        {
            Session = new NetconfSession(server, this);
            if (!Session.Start())
            {
                throw new InvalidOperationException("session refused");
            }

            Next();
            Send("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>", false);
            replies.SwitchToChunked();
        }

        public NetconfSession Session { get; }

        public void Write(byte[] buffer, int offset, int count) => written.Write(buffer, offset, count);

        public void Dispose() => written.Dispose();

        public string Rpc(string operation)
        {
            messageId++;
            Send("<rpc message-id=\"" + messageId + "\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + operation + "</rpc>", true);
            return Next();
        }

        /// <summary>Sends one message body as is (chunk-framed) and returns every whole reply it produced.</summary>
        public System.Collections.Generic.List<string> SendRawMessage(byte[] message)
        {
            byte[] all = Frames.Of(message, true);
            Session.Receive(all, 0, all.Length);
            var replies = new System.Collections.Generic.List<string>();
            while (read < written.Length)
            {
                read += this.replies.Feed(written.GetBuffer(), read, (int)written.Length - read);
                if (!this.replies.IsComplete)
                {
                    break;
                }

                replies.Add(Encoding.UTF8.GetString(this.replies.Message, 0, this.replies.MessageLength));
            }

            return replies;
        }

        /// <summary>What a get or get-config reply holds inside data, as a yanglint data file.</summary>
        public static string DataContent(string reply)
        {
            int start = reply.IndexOf("<data>", StringComparison.Ordinal);
            int end = reply.LastIndexOf("</data>", StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                return reply.Contains("<data/>", StringComparison.Ordinal) ? string.Empty : throw new InvalidOperationException("no data in " + reply);
            }

            return reply.Substring(start + 6, end - start - 6);
        }

        private void Send(string message, bool chunked)
        {
            byte[] all = Frames.Of(message, chunked);
            Session.Receive(all, 0, all.Length);
        }

        private string Next()
        {
            byte[] all = written.GetBuffer();
            int length = (int)written.Length;
            read += replies.Feed(all, read, length - read);
            if (!replies.IsComplete)
            {
                throw new InvalidOperationException("no whole reply; session closed: " + Session.CloseReason);
            }

            return Encoding.UTF8.GetString(replies.Message, 0, replies.MessageLength);
        }
    }
}
