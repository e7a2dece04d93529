using System;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>
    /// How an operation answers its rpc: exactly one rpc-reply, carrying every attribute of the rpc element
    /// (RFC 6241 §4.2), with ok, data, an RPC's own output, or rpc-errors. Data is streamed through the
    /// session's writer, so an operation checks everything before it starts writing.
    /// </summary>
    public sealed class RpcContext
    {
        private readonly XmlWriter writer;
        private readonly NetconfFrameWriter frames;
        private XmlElement? rpc;
        private bool open;

        internal RpcContext(XmlWriter writer, NetconfFrameWriter frames)
        {
            this.writer = writer;
            this.frames = frames;
        }

        /// <summary>The id of the session the rpc came on.</summary>
        public int SessionId { get; internal set; }

        public bool Replied { get; private set; }

        /// <summary>True while a reply is being written.</summary>
        public bool IsOpen
        {
            get { return open; }
        }

        internal void Begin(XmlElement? request, int sessionId)
        {
            rpc = request;
            SessionId = sessionId;
            Replied = false;
            open = false;
        }

        public void Ok()
        {
            StartReply();
            writer.StartElement("ok", NetconfNamespaces.Base);
            writer.EndElement();
            EndReply();
        }

        /// <summary>Starts rpc-reply/data (get, get-config); write the content, then <see cref="EndData"/>.</summary>
        public XmlWriter BeginData()
        {
            StartReply();
            writer.StartElement("data", NetconfNamespaces.Base);
            return writer;
        }

        public void EndData()
        {
            writer.EndElement();
            EndReply();
        }

        /// <summary>Starts an rpc-reply whose content is an RPC's output (RFC 7950 §7.14.4).</summary>
        public XmlWriter BeginOutput()
        {
            StartReply();
            return writer;
        }

        public void EndReply()
        {
            if (!open)
            {
                throw new InvalidOperationException("no reply open");
            }

            writer.EndElement();
            writer.Flush();
            frames.EndMessage();
            open = false;
            Replied = true;
        }

        public void Error(RpcError error)
        {
            StartReply();
            WriteError(error);
            EndReply();
        }

        /// <summary>Several rpc-errors in one reply (edit-config with continue-on-error).</summary>
        public void Errors(System.Collections.ArrayList errors)
        {
            StartReply();
            for (int i = 0; i < errors.Count; i++)
            {
                WriteError((RpcError)errors[i]!);
            }

            EndReply();
        }

        private void StartReply()
        {
            if (Replied || open)
            {
                throw new InvalidOperationException("an rpc gets one reply");
            }

            open = true;
            writer.StartElement("rpc-reply", NetconfNamespaces.Base);
            if (rpc != null)
            {
                for (int i = 0; i < rpc.AttributeCount; i++)
                {
                    XmlAttribute attribute = rpc.Attribute(i);
                    writer.Attribute(attribute.Namespace, attribute.LocalName, attribute.Value);
                }
            }
        }

        // RFC 6241 §4.3, in its order: type, tag, severity, app-tag, path, message, info.
        private void WriteError(RpcError error)
        {
            string ns = NetconfNamespaces.Base;
            writer.StartElement("rpc-error", ns);
            writer.Element("error-type", ns, RpcError.TypeName(error.Type));
            writer.Element("error-tag", ns, error.Tag);
            writer.Element("error-severity", ns, error.IsWarning ? "warning" : "error");
            if (error.AppTag.Length != 0)
            {
                writer.Element("error-app-tag", ns, error.AppTag);
            }

            if (error.Path.Length != 0)
            {
                writer.StartElement("error-path", ns);
                if (error.PathPrefix.Length != 0)
                {
                    writer.DeclarePrefix(error.PathPrefix, error.PathNamespace);
                }

                writer.Text(error.Path);
                writer.EndElement();
            }

            if (error.Message.Length != 0)
            {
                writer.StartElement("error-message", ns);
                writer.Attribute(NetconfNamespaces.Xml, "lang", "en");
                writer.Text(error.Message);
                writer.EndElement();
            }

            if (error.BadAttribute.Length != 0 || error.BadElement.Length != 0 || error.BadNamespace.Length != 0 || error.SessionId >= 0)
            {
                writer.StartElement("error-info", ns);
                Info("bad-attribute", error.BadAttribute);
                Info("bad-element", error.BadElement);
                Info("bad-namespace", error.BadNamespace);
                if (error.SessionId >= 0)
                {
                    writer.Element("session-id", ns, error.SessionId.ToString());
                }

                writer.EndElement();
            }

            writer.EndElement();
        }

        private void Info(string name, string value)
        {
            if (value.Length != 0)
            {
                writer.Element(name, NetconfNamespaces.Base, value);
            }
        }
    }
}
