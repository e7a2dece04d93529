using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>A manager's side of an in-memory NETCONF session: frames requests, reads replies.</summary>
    internal sealed class SessionHarness : INetconfSessionListener
    {
        public const string Base = NetconfNamespaces.Base;

        private readonly ByteSink output = new ByteSink(1024 * 1024);
        private readonly NetconfFrameReader replies = new NetconfFrameReader(512 * 1024);
        private int read;
        private bool chunked;

        public SessionHarness(NetconfServer server)
        {
            Session = new NetconfSession(server, output);
            Session.Listener = this;
        }

        public NetconfSession Session { get; }

        public string ClosedReason { get; private set; } = string.Empty;

        public static NetconfServer Server(SampleData data)
        {
            RpcHandlers handlers = new RpcHandlers();
            BaseOperations.Register(handlers, data, data.Running);
            return new NetconfServer(handlers, new string[] { NetconfNamespaces.WritableRunning }, NetconfLimits.Default());
        }

        /// <summary>Starts the session, reads its hello, answers with ours.</summary>
        public XmlElement Open(bool base11)
        {
            Assert.IsTrue(Session.Start(), "session started");
            XmlElement hello = Next();
            Send("<hello xmlns=\"" + Base + "\"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability>"
                + (base11 ? "<capability>urn:ietf:params:netconf:base:1.1</capability>" : string.Empty) + "</capabilities></hello>");
            chunked = base11;
            if (base11)
            {
                replies.SwitchToChunked();
            }

            return hello;
        }

        public XmlElement Rpc(string operation)
        {
            return Call("<rpc message-id=\"1\" xmlns=\"" + Base + "\">" + operation + "</rpc>");
        }

        public XmlElement Call(string message)
        {
            Send(message);
            return Next();
        }

        /// <summary>Sends one message in the session's current framing.</summary>
        public void Send(string message)
        {
            byte[] bytes = Utf8.Bytes(message);
            ByteSink framed = new ByteSink(bytes.Length + 64);
            NetconfFrameWriter writer = new NetconfFrameWriter(framed, 1000);
            if (chunked)
            {
                writer.SwitchToChunked();
            }

            writer.WriteMessage(bytes, 0, bytes.Length);
            SendRaw(framed.Buffer, framed.Length);
        }

        public void SendRaw(byte[] bytes, int count)
        {
            Session.Receive(bytes, 0, count);
        }

        public bool HasReply()
        {
            return read < output.Length;
        }

        public XmlElement Next()
        {
            Assert.IsTrue(read < output.Length, "a reply was written");
            read += replies.Feed(output.Buffer, read, output.Length - read);
            Assert.IsTrue(replies.IsComplete, "the reply is a whole message");
            return new XmlParser(XmlLimits.Default()).Parse(replies.Message, 0, replies.MessageLength);
        }

        public void OnSessionClosed(NetconfSession session, string reason)
        {
            ClosedReason = reason;
        }

        public static XmlElement Only(XmlElement parent, string name)
        {
            XmlElement? child = parent.FirstChild(Base, name);
            Assert.IsNotNull(child, name + " in " + parent.LocalName);
            return child!;
        }

        public static string ErrorTag(XmlElement reply)
        {
            XmlElement error = Only(reply, "rpc-error");
            return Only(error, "error-tag").Text;
        }
    }
}
