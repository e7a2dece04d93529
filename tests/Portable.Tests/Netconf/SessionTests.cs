using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>RFC 6241 sessions in memory: hello and framing choice, rpc and rpc-error rules, locks and
    /// session operations.</summary>
    [TestClass]
    public class SessionTests
    {
        private const string Base = SessionHarness.Base;

        [TestMethod]
        public void ServerHelloAnnouncesBothBasesAndASessionId()
        {
            SessionHarness manager = new SessionHarness(SessionHarness.Server(new SampleData()));
            XmlElement hello = manager.Open(true);
            Assert.IsTrue(hello.Is(Base, "hello"), "hello");
            XmlElement capabilities = SessionHarness.Only(hello, "capabilities");
            string all = string.Empty;
            for (int i = 0; i < capabilities.ChildCount; i++)
            {
                all += capabilities.Child(i).Text + " ";
            }

            Assert.Contains(NetconfNamespaces.Base10, all);
            Assert.Contains(NetconfNamespaces.Base11, all);
            Assert.Contains(NetconfNamespaces.WritableRunning, all);
            Assert.AreEqual(manager.Session.Id.ToString(), SessionHarness.Only(hello, "session-id").Text);
            Assert.IsTrue(manager.Session.Id > 0, "session ids start at 1");
        }

        [TestMethod]
        public void ChunkedFramingOnlyWhenBothAnnounceBase11()
        {
            SessionHarness both = new SessionHarness(SessionHarness.Server(new SampleData()));
            both.Open(true);
            Assert.IsTrue(both.Session.Chunked, "base:1.1 on both sides");
            Assert.IsTrue(both.Rpc("<get/>").Is(Base, "rpc-reply"), "chunked rpc answered in chunks");

            SessionHarness old = new SessionHarness(SessionHarness.Server(new SampleData()));
            old.Open(false);
            Assert.IsFalse(old.Session.Chunked, "base:1.0 client");
            Assert.IsTrue(old.Rpc("<get/>").Is(Base, "rpc-reply"), "end-of-message rpc answered");
        }

        [TestMethod]
        [DataRow("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities><session-id>4</session-id></hello>")]
        [DataRow("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:example:other</capability></capabilities></hello>")]
        [DataRow("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get/></rpc>")]
        [DataRow("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>")]
        [DataRow("<hello/>")]
        public void BadHellosEndTheSession(string hello)
        {
            SessionHarness manager = new SessionHarness(SessionHarness.Server(new SampleData()));
            manager.Session.Start();
            manager.Next();
            manager.Send(hello);
            Assert.IsTrue(manager.Session.IsClosed, "closed");
            Assert.IsTrue(manager.ClosedReason.Length > 0, "the listener is told why");
            Assert.IsFalse(manager.HasReply(), "nothing is processed before a valid hello");
        }

        [TestMethod]
        public void MalformedXmlGetsMalformedMessageAndTheSessionGoesOn()
        {
            SessionHarness manager = Opened();
            XmlElement reply = manager.Call("<rpc message-id=\"5\" xmlns=\"" + Base + "\"><get></rpc>");
            Assert.AreEqual("malformed-message", SessionHarness.ErrorTag(reply));
            Assert.IsNull(reply.AttributeValue(string.Empty, "message-id"), "no message-id could be read");
            Assert.AreEqual("rpc", SessionHarness.Only(SessionHarness.Only(reply, "rpc-error"), "error-type").Text);
            Assert.IsTrue(manager.Rpc("<get/>").FirstChild(Base, "data") != null, "still serving");

            reply = manager.Call("<!DOCTYPE x [<!ENTITY a \"b\">]><rpc message-id=\"6\" xmlns=\"" + Base + "\"><get/></rpc>");
            Assert.AreEqual("malformed-message", SessionHarness.ErrorTag(reply));
        }

        [TestMethod]
        public void MissingMessageIdIsNamedInErrorInfo()
        {
            XmlElement reply = Opened().Call("<rpc xmlns=\"" + Base + "\"><get/></rpc>");
            XmlElement error = SessionHarness.Only(reply, "rpc-error");
            Assert.AreEqual("missing-attribute", SessionHarness.Only(error, "error-tag").Text);
            Assert.AreEqual("error", SessionHarness.Only(error, "error-severity").Text);
            XmlElement info = SessionHarness.Only(error, "error-info");
            Assert.AreEqual("message-id", SessionHarness.Only(info, "bad-attribute").Text);
            Assert.AreEqual("rpc", SessionHarness.Only(info, "bad-element").Text);
        }

        [TestMethod]
        public void ReplyCarriesEveryAttributeOfTheRpc()
        {
            XmlElement reply = Opened().Call("<rpc message-id=\"101\" xmlns=\"" + Base + "\" xmlns:ex=\"urn:example\" ex:user-id=\"fred\"><get/></rpc>");
            Assert.AreEqual("101", reply.AttributeValue(string.Empty, "message-id"));
            Assert.AreEqual("fred", reply.AttributeValue("urn:example", "user-id"), "RFC 6241 §4.2");
        }

        [TestMethod]
        public void UnknownOperationsAreNamed()
        {
            SessionHarness manager = Opened();
            XmlElement reply = manager.Rpc("<commit/>");
            Assert.AreEqual("operation-not-supported", SessionHarness.ErrorTag(reply));
            reply = manager.Rpc("<reboot xmlns=\"urn:example:nowhere\"/>");
            XmlElement error = SessionHarness.Only(reply, "rpc-error");
            Assert.AreEqual("unknown-namespace", SessionHarness.Only(error, "error-tag").Text);
            Assert.AreEqual("urn:example:nowhere", SessionHarness.Only(SessionHarness.Only(error, "error-info"), "bad-namespace").Text);
            Assert.AreEqual("missing-element", SessionHarness.ErrorTag(manager.Rpc(string.Empty)));
            Assert.AreEqual("malformed-message", SessionHarness.ErrorTag(manager.Rpc("<get/><get/>")));
            Assert.AreEqual("malformed-message", SessionHarness.ErrorTag(manager.Call("<notify xmlns=\"" + Base + "\"/>")));
        }

        [TestMethod]
        public void LockIsExclusiveAndEndsWithItsSession()
        {
            NetconfServer server = SessionHarness.Server(new SampleData());
            SessionHarness first = Opened(server);
            SessionHarness second = Opened(server);
            string running = "<target><running/></target>";
            Assert.IsNotNull(first.Rpc("<lock>" + running + "</lock>").FirstChild(Base, "ok"), "first locks");
            XmlElement denied = second.Rpc("<lock>" + running + "</lock>");
            XmlElement error = SessionHarness.Only(denied, "rpc-error");
            Assert.AreEqual("lock-denied", SessionHarness.Only(error, "error-tag").Text);
            Assert.AreEqual(first.Session.Id.ToString(), SessionHarness.Only(SessionHarness.Only(error, "error-info"), "session-id").Text);
            Assert.AreEqual("lock-denied", SessionHarness.ErrorTag(first.Rpc("<lock>" + running + "</lock>")), "not twice either");
            Assert.AreEqual("operation-failed", SessionHarness.ErrorTag(second.Rpc("<unlock>" + running + "</unlock>")), "only the holder unlocks");
            Assert.IsFalse(server.MayWrite(second.Session.Id), "the holder alone may write");

            Assert.IsNotNull(first.Rpc("<close-session/>").FirstChild(Base, "ok"), "close-session answers ok");
            Assert.IsTrue(first.Session.IsClosed, "then closes");
            Assert.AreEqual(0, server.LockHolder, "its lock is gone");
            Assert.IsNotNull(second.Rpc("<lock>" + running + "</lock>").FirstChild(Base, "ok"), "second locks now");
            Assert.IsNotNull(second.Rpc("<unlock>" + running + "</unlock>").FirstChild(Base, "ok"), "and unlocks");
        }

        [TestMethod]
        public void LockNamesOnlyTheRunningDatastore()
        {
            SessionHarness manager = Opened();
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(manager.Rpc("<lock><target><candidate/></target></lock>")));
            Assert.AreEqual("missing-element", SessionHarness.ErrorTag(manager.Rpc("<lock/>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(manager.Rpc("<get-config><source><startup/></source></get-config>")));
        }

        [TestMethod]
        public void KillSessionEndsAnotherSessionAndFreesItsLock()
        {
            NetconfServer server = SessionHarness.Server(new SampleData());
            SessionHarness victim = Opened(server);
            SessionHarness killer = Opened(server);
            victim.Rpc("<lock><target><running/></target></lock>");
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(killer.Rpc("<kill-session><session-id>" + killer.Session.Id + "</session-id></kill-session>")), "not itself");
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(killer.Rpc("<kill-session><session-id>999</session-id></kill-session>")), "unknown id");
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(killer.Rpc("<kill-session><session-id>x1</session-id></kill-session>")), "not a number");
            Assert.AreEqual("missing-element", SessionHarness.ErrorTag(killer.Rpc("<kill-session/>")));
            Assert.IsNotNull(killer.Rpc("<kill-session><session-id>" + victim.Session.Id + "</session-id></kill-session>").FirstChild(Base, "ok"), "killed");
            Assert.IsTrue(victim.Session.IsClosed, "the victim is closed");
            Assert.Contains("killed by session", victim.ClosedReason);
            Assert.AreEqual(0, server.LockHolder, "lock released");
            Assert.AreEqual(1, server.SessionCount, "one session left");
        }

        [TestMethod]
        public void FramingErrorsEndTheSession()
        {
            SessionHarness manager = Opened();
            byte[] bad = Utf8.Bytes("\n#0\n");
            manager.SendRaw(bad, bad.Length);
            Assert.IsTrue(manager.Session.IsClosed, "RFC 6242 §4.2");
            Assert.Contains("framing", manager.ClosedReason);
        }

        [TestMethod]
        public void SessionsBeyondTheLimitAreRefused()
        {
            NetconfServer server = SessionHarness.Server(new SampleData());
            for (int i = 0; i < server.Limits.MaxSessions; i++)
            {
                Opened(server);
            }

            NetconfSession extra = new NetconfSession(server, new ByteSink(16));
            Assert.IsFalse(extra.Start(), "refused");
            Assert.IsTrue(extra.IsClosed, "closed at once");
        }

        private static SessionHarness Opened()
        {
            return Opened(SessionHarness.Server(new SampleData()));
        }

        private static SessionHarness Opened(NetconfServer server)
        {
            SessionHarness manager = new SessionHarness(server);
            manager.Open(true);
            return manager;
        }
    }
}
