using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>get and get-config with RFC 6241 §6 subtree filters over the sample tree.</summary>
    [TestClass]
    public class SubtreeFilterTests
    {
        private const string Base = SessionHarness.Base;

        [TestMethod]
        public void GetWithoutFilterReturnsConfigAndState()
        {
            XmlElement data = Data("<get/>");
            Assert.AreEqual(2, data.ChildCount, "both top-level nodes");
            XmlElement pdu = data.Child(1);
            Assert.AreEqual(4, pdu.ChildCount, "three outlets and total-power");
            Assert.AreEqual("530", pdu.FirstChild(SampleData.Pdu, "total-power")!.Text);
        }

        [TestMethod]
        public void GetConfigLeavesStateOut()
        {
            XmlElement data = Data("<get-config><source><running/></source></get-config>");
            XmlElement system = data.FirstChild(SampleData.Sys, "system")!;
            Assert.IsNotNull(system.FirstChild(SampleData.Sys, "name"), "config leaf");
            Assert.IsNull(system.FirstChild(SampleData.Sys, "uptime"), "state leaf left out");
            XmlElement outlet = data.FirstChild(SampleData.Pdu, "pdu")!.Child(0);
            Assert.AreEqual(2, outlet.ChildCount, "id and name only");
        }

        [TestMethod]
        public void ContentMatchSelectsOneListEntryWithItsSelectedLeaves()
        {
            XmlElement data = Data("<get><filter type=\"subtree\"><pdu xmlns=\"urn:example:pdu\"><outlet><id>2</id><state/></outlet></pdu></filter></get>");
            XmlElement pdu = data.FirstChild(SampleData.Pdu, "pdu")!;
            Assert.AreEqual(1, pdu.ChildCount, "one outlet");
            XmlElement outlet = pdu.Child(0);
            Assert.AreEqual(2, outlet.ChildCount, "the key and the selected leaf");
            Assert.AreEqual("2", outlet.FirstChild(SampleData.Pdu, "id")!.Text);
            Assert.AreEqual("off", outlet.FirstChild(SampleData.Pdu, "state")!.Text);
            Assert.IsNull(data.FirstChild(SampleData.Sys, "system"), "other subtrees left out");
        }

        [TestMethod]
        public void OnlyContentMatchesSelectTheWholeEntry()
        {
            XmlElement pdu = Data("<get><filter><pdu xmlns=\"urn:example:pdu\"><outlet><name>outlet 3</name></outlet></pdu></filter></get>").Child(0);
            Assert.AreEqual(1, pdu.ChildCount, "one outlet");
            Assert.AreEqual(4, pdu.Child(0).ChildCount, "all its leaves");
        }

        [TestMethod]
        public void SelectionNodeAndNamespaceWildcard()
        {
            XmlElement data = Data("<get><filter><system xmlns=\"\"/></filter></get>");
            Assert.AreEqual(1, data.ChildCount, "system only, matched in any namespace");
            Assert.AreEqual(2, data.Child(0).ChildCount, "with its whole subtree");
            Assert.AreEqual(0, Data("<get><filter><system xmlns=\"urn:other\"/></filter></get>").ChildCount, "wrong namespace");
        }

        [TestMethod]
        public void NoMatchAndEmptyFilterGiveEmptyData()
        {
            Assert.AreEqual(0, Data("<get><filter type=\"subtree\"/></get>").ChildCount, "§6.4.2 empty filter");
            Assert.AreEqual(0, Data("<get><filter><pdu xmlns=\"urn:example:pdu\"><outlet><id>9</id></outlet></pdu></filter></get>").ChildCount, "no such outlet");
        }

        [TestMethod]
        public void XpathFiltersAreRefused()
        {
            SessionHarness manager = new SessionHarness(SessionHarness.Server(new SampleData()));
            manager.Open(true);
            XmlElement error = SessionHarness.Only(manager.Rpc("<get><filter type=\"xpath\" select=\"/pdu\"/></get>"), "rpc-error");
            Assert.AreEqual("bad-attribute", SessionHarness.Only(error, "error-tag").Text);
            Assert.AreEqual("type", SessionHarness.Only(SessionHarness.Only(error, "error-info"), "bad-attribute").Text);
        }

        private static XmlElement Data(string operation)
        {
            SessionHarness manager = new SessionHarness(SessionHarness.Server(new SampleData()));
            manager.Open(true);
            XmlElement reply = manager.Rpc(operation);
            Assert.IsTrue(reply.Is(Base, "rpc-reply"), "reply");
            return SessionHarness.Only(reply, "data");
        }
    }
}
