using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;
using Callhome.Hal;
using Callhome.Hal.Drivers.Mcp23017;
using Callhome.Portable.Tests.Model;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>A PDU served over NETCONF: readings from the model, outlet names and thresholds configured
    /// through edit-config into the controller, switch-outlet driving the relays.</summary>
    [TestClass]
    public class PduNetconfTests
    {
        private const string Pdu = DeviceModules.Pdu;

        [TestMethod]
        public void GetShowsEveryOutletWithStateAndConfiguration()
        {
            Rig rig = new Rig();
            rig.Controller.SwitchOn(2, 0);
            rig.Controller.Poll();
            XmlElement pdu = Data(rig.Manager.Rpc("<get/>")).FirstChild(Pdu, "pdu")!;
            Assert.AreEqual(9, pdu.ChildCount, "eight outlets and total-power");
            XmlElement second = pdu.Child(1);
            Assert.AreEqual("2", second.FirstChild(Pdu, "id")!.Text);
            Assert.AreEqual("on", second.FirstChild(Pdu, "state")!.Text);
            Assert.AreEqual("10.0", second.FirstChild(Pdu, "overcurrent-threshold")!.Text, "the rating's default threshold");
            XmlElement config = Data(rig.Manager.Rpc("<get-config><source><running/></source></get-config>")).FirstChild(Pdu, "pdu")!;
            Assert.AreEqual(3, config.Child(0).ChildCount, "id, name, threshold: no state in get-config");
        }

        [TestMethod]
        public void EditConfigRenamesAndSetsThresholdsThroughTheController()
        {
            Rig rig = new Rig();
            XmlElement reply = rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>3</id><name>core-switch</name><overcurrent-threshold>2.5</overcurrent-threshold></outlet></pdu>");
            Assert.IsNotNull(reply.FirstChild(NetconfNamespaces.Base, "ok"), "ok");
            Assert.AreEqual("core-switch", rig.Controller.Model.Outlet(3).Name);
            Assert.AreEqual(25, rig.Controller.Model.Outlet(3).OvercurrentDeciamps);
        }

        [TestMethod]
        public void OutletsCannotBeCreatedOrDeletedAndBadValuesChangeNothing()
        {
            Rig rig = new Rig();
            string before = rig.Controller.Model.Outlet(1).Name;
            Assert.AreEqual("operation-failed", SessionHarness.ErrorTag(rig.Edit("<pdu xmlns=\"" + Pdu + "\" xmlns:nc=\"" + NetconfNamespaces.Base + "\"><outlet nc:operation=\"delete\"><id>1</id></outlet></pdu>")));
            Assert.AreEqual("resource-denied", SessionHarness.ErrorTag(rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>9</id><name>x</name></outlet></pdu>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>1</id><name>x</name><overcurrent-threshold>0.05</overcurrent-threshold></outlet></pdu>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>1</id><state>off</state></outlet></pdu>")), "state is not configuration");
            Assert.AreEqual(before, rig.Controller.Model.Outlet(1).Name, "unchanged");
        }

        [TestMethod]
        public void SwitchOutletDrivesTheRelayNowOrLater()
        {
            Rig rig = new Rig();
            Assert.IsNotNull(rig.Switch("<id>3</id><action>on</action>").FirstChild(NetconfNamespaces.Base, "ok"), "ok");
            Assert.AreEqual(0x0004, rig.Bus.Pins, "outlet 3 is relay 2");
            Assert.IsNotNull(rig.Switch("<id>3</id><action>off</action><delay>10</delay>").FirstChild(NetconfNamespaces.Base, "ok"), "delayed");
            Assert.AreEqual(0x0004, rig.Bus.Pins, "not yet");
            Assert.AreEqual((int)OutletAction.Off, (int)rig.Controller.Model.Outlet(3).PendingAction);
            rig.Clock.Advance(10000);
            rig.Controller.Poll();
            Assert.AreEqual(0, rig.Bus.Pins, "switched off after the delay");
        }

        [TestMethod]
        public void SwitchOutletRefusesBadInputAndAnotherSessionsLock()
        {
            Rig rig = new Rig();
            Assert.AreEqual("missing-element", SessionHarness.ErrorTag(rig.Switch("<id>3</id>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Switch("<id>30</id><action>on</action>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Switch("<id>9</id><action>on</action>")), "the PDU has eight");
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Switch("<id>1</id><action>toggle</action>")));
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(rig.Switch("<id>1</id><action>on</action><delay>7200</delay>")), "past the rating's delay");
            SessionHarness other = new SessionHarness(rig.Manager.Session.Server);
            other.Open(true);
            other.Rpc("<lock><target><running/></target></lock>");
            Assert.AreEqual("in-use", SessionHarness.ErrorTag(rig.Switch("<id>1</id><action>on</action>")));
            Assert.AreEqual(0, rig.Bus.Pins, "no relay moved");
        }

        [TestMethod]
        public void OvercurrentAndConfigChangesReachTheEventStream()
        {
            Rig rig = new Rig();
            rig.Controller.SetOvercurrentThreshold(1, 10);
            rig.Controller.SwitchOn(1, 0);
            rig.Adc[0].Millivolts = 500;
            rig.Controller.Poll();
            Assert.AreEqual(1, rig.Stream.Count, "one event");
            NetconfEvent[] events = rig.Stream.Subscribe(new IgnoringSink(), true);
            Assert.AreEqual("outlet-overcurrent", events[0].Content.Name);
            Assert.AreEqual("1", events[0].Content.Find(Pdu, "id")!.Value);
            rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>2</id><name>renamed</name></outlet></pdu>");
            Assert.AreEqual(2, rig.Stream.Count, "config-change after the edit");
            events = rig.Stream.Subscribe(new IgnoringSink(), true);
            Assert.AreEqual("config-change", events[1].Content.Name);
            Assert.AreEqual(rig.Manager.Session.Id.ToString(), events[1].Content.Find(DeviceModules.System, "session-id")!.Value);
            rig.Edit("<pdu xmlns=\"" + Pdu + "\"><outlet><id>2</id><name></name></outlet></pdu>");
            Assert.AreEqual(2, rig.Stream.Count, "no config-change for a refused edit");
        }

        private static XmlElement Data(XmlElement reply)
        {
            return SessionHarness.Only(reply, "data");
        }

        private sealed class IgnoringSink : INotificationSink
        {
            public void Deliver(NetconfEvent netconfEvent)
            {
            }
        }

        private sealed class Rig
        {
            public Rig()
            {
                IAdcChannel[] currents = new IAdcChannel[8];
                for (int i = 0; i < 8; i++)
                {
                    Adc[i] = new FakeAdc(0);
                    currents[i] = Adc[i];
                }

                Controller = new PduController(new Mcp23017RelayBank(Bus, Mcp23017RelayBank.DefaultAddress, false), currents, Clock, new PduRating());
                DeviceData data = new DeviceData();
                data.Add(new PduPart(Controller));
                RpcHandlers handlers = new RpcHandlers();
                RunningDatastore running = new RunningDatastore(data.Schema, data);
                ModelNotifications notifier = new ModelNotifications(Stream, new FixedRealTimeClock(new System.DateTime(2026, 12, 4, 12, 0, 0), true));
                running.ChangeListener = notifier;
                Controller.Model.Listeners.Add(notifier);
                BaseOperations.Register(handlers, data, running);
                handlers.Register(Pdu, "switch-outlet", new SwitchOutletOperation(Controller));
                NetconfServer server = new NetconfServer(handlers, new string[] { DeviceModules.Capability(Pdu) }, NetconfLimits.Default());
                Manager = new SessionHarness(server);
                Manager.Open(true);
            }

            public ExpanderBus Bus { get; } = new ExpanderBus();

            public FakeClock Clock { get; } = new FakeClock();

            public FakeAdc[] Adc { get; } = new FakeAdc[8];

            public EventStream Stream { get; } = new EventStream(8);

            public PduController Controller { get; }

            public SessionHarness Manager { get; }

            public XmlElement Edit(string config)
            {
                return Manager.Rpc("<edit-config><target><running/></target><config>" + config + "</config></edit-config>");
            }

            public XmlElement Switch(string input)
            {
                return Manager.Rpc("<switch-outlet xmlns=\"" + Pdu + "\">" + input + "</switch-outlet>");
            }
        }
    }
}
