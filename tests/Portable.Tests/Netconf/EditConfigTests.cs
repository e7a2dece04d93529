using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>edit-config (RFC 6241 §7.2) against the sample schema: every operation, every refusal, and the
    /// running configuration unchanged whenever an edit fails.</summary>
    [TestClass]
    public class EditConfigTests
    {
        private const string Base = SessionHarness.Base;
        private const string PduOpen = "<pdu xmlns=\"urn:example:pdu\" xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\">";

        [TestMethod]
        public void MergeChangesALeafAndCreatesAnEntry()
        {
            Device device = new Device();
            device.Ok(PduOpen + "<outlet><id>2</id><name>printer</name></outlet><outlet><id>4</id><enabled>true</enabled></outlet></pdu>");
            Assert.AreEqual("printer", device.OutletLeaf("2", "name"));
            Assert.AreEqual("true", device.OutletLeaf("4", "enabled"));
            Assert.AreEqual(4, device.OutletCount(), "one entry more");
            Assert.AreEqual(1, device.Data.Commits, "one commit");
        }

        [TestMethod]
        public void CanonicalKeysFindTheEntry()
        {
            Device device = new Device();
            device.Ok(PduOpen + "<outlet><id> +02 </id><name>x</name></outlet></pdu>");
            Assert.AreEqual("x", device.OutletLeaf("2", "name"));
            Assert.AreEqual(3, device.OutletCount(), "no new entry");
        }

        [TestMethod]
        public void CreateDeleteRemoveAndReplace()
        {
            Device device = new Device();
            device.Fails(PduOpen + "<outlet nc:operation=\"create\"><id>1</id></outlet></pdu>", "data-exists");
            device.Ok(PduOpen + "<outlet nc:operation=\"create\"><id>5</id><name>new</name></outlet></pdu>");
            device.Ok(PduOpen + "<outlet nc:operation=\"delete\"><id>1</id></outlet></pdu>");
            Assert.IsNull(device.OutletLeaf("1", "name"), "deleted");
            device.Fails(PduOpen + "<outlet nc:operation=\"delete\"><id>1</id></outlet></pdu>", "data-missing");
            device.Ok(PduOpen + "<outlet nc:operation=\"remove\"><id>1</id></outlet></pdu>");
            device.Ok(PduOpen + "<outlet nc:operation=\"replace\"><id>3</id><enabled>false</enabled></outlet></pdu>");
            Assert.IsNull(device.OutletLeaf("3", "name"), "replace drops what it does not name");
            Assert.AreEqual("false", device.OutletLeaf("3", "enabled"));
            device.Ok("<system xmlns=\"urn:example:system\"><contact nc:operation=\"remove\" xmlns:nc=\"" + Base + "\"/></system>");
        }

        [TestMethod]
        public void RefusalsNameTheNodeAndChangeNothing()
        {
            Device device = new Device();
            string before = device.Config();
            XmlElement error = device.Fails(PduOpen + "<outlet><id>2</id><colour>red</colour></outlet></pdu>", "unknown-element");
            XmlElement path = SessionHarness.Only(error, "error-path");
            Assert.AreEqual("/t:pdu/t:outlet/t:colour", path.Text);
            Assert.AreEqual("application", SessionHarness.Only(error, "error-type").Text);
            device.Fails(PduOpen + "<outlet><id>2</id><state>off</state></outlet></pdu>", "invalid-value");
            device.Fails(PduOpen + "<outlet><id>9</id></outlet></pdu>", "invalid-value");
            device.Fails(PduOpen + "<outlet><id>2</id><enabled>yes</enabled></outlet></pdu>", "invalid-value");
            device.Fails(PduOpen + "<outlet><name>no key</name></outlet></pdu>", "missing-element");
            device.Fails(PduOpen + "<outlet><id>2</id><name><b>x</b></name></outlet></pdu>", "bad-element");
            device.Fails(PduOpen + "<outlet nc:operation=\"frobnicate\"><id>2</id></outlet></pdu>", "bad-attribute");
            device.Fails("<system xmlns=\"urn:example:system\"><name></name></system>", "invalid-value");
            device.Fails("<other xmlns=\"urn:example:other\"/>", "unknown-element");
            Assert.AreEqual(before, device.Config(), "running unchanged after every refusal");
            Assert.AreEqual(0, device.Data.Commits, "nothing committed");
        }

        [TestMethod]
        public void StopAndRollbackOnErrorKeepEarlierElementsOfTheEditOut()
        {
            string edit = "<system xmlns=\"urn:example:system\"><name>renamed</name></system>" + PduOpen + "<outlet><id>77</id></outlet></pdu>";
            foreach (string option in new string[] { string.Empty, "<error-option>stop-on-error</error-option>", "<error-option>rollback-on-error</error-option>" })
            {
                Device device = new Device();
                device.Fails(edit, "invalid-value", option);
                Assert.AreEqual("pdu-7", device.SystemName(), "first element not applied with " + option);
            }
        }

        [TestMethod]
        public void ContinueOnErrorAppliesWhatItCanAndReportsTheRest()
        {
            Device device = new Device();
            XmlElement reply = device.Manager.Rpc("<edit-config><target><running/></target><error-option>continue-on-error</error-option><config>"
                + "<system xmlns=\"urn:example:system\"><name>renamed</name></system>" + PduOpen + "<outlet><id>77</id></outlet></pdu>"
                + "<system xmlns=\"urn:example:system\"><name></name></system></config></edit-config>");
            int errors = 0;
            for (int i = 0; i < reply.ChildCount; i++)
            {
                errors += reply.Child(i).Is(Base, "rpc-error") ? 1 : 0;
            }

            Assert.AreEqual(2, errors, "both bad elements reported");
            Assert.AreEqual("renamed", device.SystemName(), "the good one applied");
        }

        [TestMethod]
        public void DefaultOperationsNoneAndReplace()
        {
            Device device = new Device();
            device.Ok(PduOpen + "<outlet><id>1</id><name>ignored</name></outlet></pdu>", "<default-operation>none</default-operation>");
            Assert.AreEqual("outlet 1", device.OutletLeaf("1", "name"), "none changes nothing by itself");
            device.Ok(PduOpen + "<outlet><id>4</id><name nc:operation=\"merge\">made</name></outlet></pdu>", "<default-operation>none</default-operation>");
            Assert.AreEqual("made", device.OutletLeaf("4", "name"), "the entry is created to hold the merge");
            device.Ok("<system xmlns=\"urn:example:system\"><name>only</name></system>", "<default-operation>replace</default-operation>");
            Assert.AreEqual(0, device.OutletCount(), "replace at the top drops everything not in config");
            Assert.AreEqual("only", device.SystemName());
            device.Fails("<system xmlns=\"urn:example:system\"/>", "invalid-value", "<default-operation>delete</default-operation>");
        }

        [TestMethod]
        public void ListsStopAtTheirMaximum()
        {
            Device device = new Device();
            device.Ok(PduOpen + "<outlet><id>4</id></outlet></pdu>");
            device.Fails(PduOpen + "<outlet><id>5</id></outlet></pdu>", "resource-denied");
        }

        [TestMethod]
        public void TestOnlyChecksWithoutApplying()
        {
            Device device = new Device();
            device.Ok("<system xmlns=\"urn:example:system\"><name>dry-run</name></system>", "<test-option>test-only</test-option>");
            Assert.AreEqual("pdu-7", device.SystemName());
            device.Fails("<system xmlns=\"urn:example:system\"><name></name></system>", "invalid-value", "<test-option>test-only</test-option>");
        }

        [TestMethod]
        public void AnotherSessionsLockRefusesTheEdit()
        {
            Device device = new Device();
            SessionHarness other = new SessionHarness(device.Manager.Session.Server);
            other.Open(true);
            other.Rpc("<lock><target><running/></target></lock>");
            XmlElement error = device.Fails("<system xmlns=\"urn:example:system\"><name>x</name></system>", "in-use");
            Assert.AreEqual(other.Session.Id.ToString(), SessionHarness.Only(SessionHarness.Only(error, "error-info"), "session-id").Text);
            other.Rpc("<close-session/>");
            device.Ok("<system xmlns=\"urn:example:system\"><name>x</name></system>");
        }

        [TestMethod]
        public void ACommitRefusedByTheDeviceChangesNothing()
        {
            Device device = new Device();
            device.Data.RefuseNext = new RpcError(RpcErrorType.Application, RpcErrorTags.OperationFailed, "flash write failed");
            device.Fails("<system xmlns=\"urn:example:system\"><name>x</name></system>", "operation-failed");
            Assert.AreEqual("pdu-7", device.SystemName());
        }

        /// <summary>A session on a fresh sample device.</summary>
        private sealed class Device
        {
            public Device()
            {
                Data = new SampleData();
                Manager = new SessionHarness(SessionHarness.Server(Data));
                Manager.Open(true);
            }

            public SampleData Data { get; }

            public SessionHarness Manager { get; }

            public void Ok(string config, string parameters = "")
            {
                XmlElement reply = Edit(config, parameters);
                Assert.IsNotNull(reply.FirstChild(Base, "ok"), "ok for " + config);
            }

            public XmlElement Fails(string config, string tag, string parameters = "")
            {
                XmlElement reply = Edit(config, parameters);
                Assert.AreEqual(tag, SessionHarness.ErrorTag(reply), "error for " + config);
                return SessionHarness.Only(reply, "rpc-error");
            }

            public string Config()
            {
                XmlElement data = SessionHarness.Only(Manager.Rpc("<get-config><source><running/></source></get-config>"), "data");
                return Dump(data);
            }

            public string? OutletLeaf(string id, string leaf)
            {
                XmlElement pdu = SessionHarness.Only(Manager.Rpc("<get/>"), "data").FirstChild(SampleData.Pdu, "pdu")!;
                for (int i = 0; i < pdu.ChildCount; i++)
                {
                    XmlElement outlet = pdu.Child(i);
                    XmlElement? key = outlet.FirstChild(SampleData.Pdu, "id");
                    if (key != null && key.Text == id)
                    {
                        XmlElement? value = outlet.FirstChild(SampleData.Pdu, leaf);
                        return value == null ? null : value.Text;
                    }
                }

                return null;
            }

            public int OutletCount()
            {
                XmlElement pdu = SessionHarness.Only(Manager.Rpc("<get-config><source><running/></source></get-config>"), "data").FirstChild(SampleData.Pdu, "pdu")!;
                return pdu == null ? 0 : pdu.ChildCount;
            }

            public string SystemName()
            {
                XmlElement data = SessionHarness.Only(Manager.Rpc("<get-config><source><running/></source></get-config>"), "data");
                return data.FirstChild(SampleData.Sys, "system")!.FirstChild(SampleData.Sys, "name")!.Text;
            }

            private XmlElement Edit(string config, string parameters)
            {
                return Manager.Rpc("<edit-config><target><running/></target>" + parameters + "<config>" + config + "</config></edit-config>");
            }

            private static string Dump(XmlElement element)
            {
                string text = element.LocalName + "=" + element.Text + "(";
                for (int i = 0; i < element.ChildCount; i++)
                {
                    text += Dump(element.Child(i));
                }

                return text + ")";
            }
        }
    }
}
