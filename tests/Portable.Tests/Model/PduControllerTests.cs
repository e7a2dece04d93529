using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.Hal;
using Callhome.Hal.Drivers.Mcp23017;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>Outlet switching with delays on a fake monotonic clock, validation, and current alarms.</summary>
    [TestClass]
    public class PduControllerTests
    {
        private sealed class Rig
        {
            public Rig()
            {
                Currents = new IAdcChannel[8];
                Adc = new FakeAdc[8];
                for (int i = 0; i < 8; i++)
                {
                    Adc[i] = new FakeAdc(0);
                    Currents[i] = Adc[i];
                }

                Pdu = new PduController(new Mcp23017RelayBank(Bus, Mcp23017RelayBank.DefaultAddress, false), Currents, Clock, new PduRating());
                Pdu.Model.Listeners.Add(Events);
            }

            public ExpanderBus Bus { get; } = new ExpanderBus();

            public FakeClock Clock { get; } = new FakeClock();

            public EventLog Events { get; } = new EventLog();

            public IAdcChannel[] Currents { get; }

            public FakeAdc[] Adc { get; }

            public PduController Pdu { get; }
        }

        [TestMethod]
        public void SwitchingWithoutDelayDrivesTheRelayAtOnce()
        {
            var rig = new Rig();
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.SwitchOn(3, 0));
            Assert.AreEqual(0x0004, rig.Bus.Pins, "outlet 3 is relay 2");
            rig.Pdu.Poll();
            Assert.IsTrue(rig.Pdu.Model.Outlet(3).IsOn);
            Assert.IsFalse(rig.Pdu.Model.Outlet(2).IsOn);
            Assert.IsTrue(rig.Events.Contains(ModelEvent.OutletSwitchedOn, 3));
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.SwitchOff(3, 0));
            Assert.AreEqual(0, rig.Bus.Pins);
        }

        [TestMethod]
        public void ADelayedSwitchWaitsForTheMonotonicClock()
        {
            var rig = new Rig();
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.SwitchOn(1, 10));
            Assert.AreEqual((int)OutletAction.On, (int)rig.Pdu.Model.Outlet(1).PendingAction);
            rig.Clock.Advance(9999);
            rig.Pdu.Poll();
            Assert.IsFalse(rig.Pdu.Model.Outlet(1).IsOn);
            rig.Clock.Advance(1);
            rig.Pdu.Poll();
            Assert.IsTrue(rig.Pdu.Model.Outlet(1).IsOn);
            Assert.AreEqual((int)OutletAction.None, (int)rig.Pdu.Model.Outlet(1).PendingAction);
        }

        [TestMethod]
        public void CycleSwitchesOffNowAndOnAfterTheDelay()
        {
            var rig = new Rig();
            rig.Pdu.SwitchOn(2, 0);
            rig.Pdu.Poll();
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.Cycle(2, 5));
            Assert.AreEqual(0, rig.Bus.Pins, "off at once");
            rig.Clock.Advance(4999);
            rig.Pdu.Poll();
            Assert.IsFalse(rig.Pdu.Model.Outlet(2).IsOn);
            rig.Clock.Advance(1);
            rig.Pdu.Poll();
            Assert.IsTrue(rig.Pdu.Model.Outlet(2).IsOn);
            Assert.AreEqual("20:2", (string)rig.Events.Entries[0]!);
            Assert.AreEqual("21:2", (string)rig.Events.Entries[1]!);
            Assert.AreEqual("20:2", (string)rig.Events.Entries[2]!);
        }

        [TestMethod]
        public void CancelledCycleLeavesTheOutletOff()
        {
            var rig = new Rig();
            rig.Pdu.SwitchOn(4, 0);
            rig.Pdu.Cycle(4, 5);
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.CancelPending(4));
            rig.Clock.Advance(6000);
            rig.Pdu.Poll();
            Assert.IsFalse(rig.Pdu.Model.Outlet(4).IsOn);
        }

        [TestMethod]
        public void RejectsBadOutletsDelaysAndNames()
        {
            var rig = new Rig();
            Assert.AreEqual((int)ModelResult.NoSuchObject, (int)rig.Pdu.SwitchOn(0, 0));
            Assert.AreEqual((int)ModelResult.NoSuchObject, (int)rig.Pdu.SwitchOff(9, 0));
            Assert.AreEqual((int)ModelResult.NoSuchObject, (int)rig.Pdu.Cycle(9, 5));
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.SwitchOn(1, -1));
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.SwitchOn(1, 3601));
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.Cycle(1, 0), "a zero-length cycle reboots nothing");
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.SetName(1, ""));
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.SetName(1, "012345678901234567890123456789012"));
            Assert.AreEqual((int)ModelResult.Ok, (int)rig.Pdu.SetName(1, "core switch"));
            Assert.AreEqual("core switch", rig.Pdu.Model.Outlet(1).Name);
            Assert.AreEqual((int)ModelResult.BadValue, (int)rig.Pdu.SetOvercurrentThreshold(1, 0));
            Assert.AreEqual(0, rig.Bus.Pins, "nothing was switched");
        }

        [TestMethod]
        public void ANackIsAHardwareFaultAndLeavesTheModelUnchanged()
        {
            var rig = new Rig();
            rig.Bus.Absent = true;
            Assert.AreEqual((int)ModelResult.HardwareFault, (int)rig.Pdu.SwitchOn(1, 0));
            Assert.AreEqual((int)ModelResult.HardwareFault, (int)rig.Pdu.Cycle(1, 5));
            rig.Pdu.Poll();
            Assert.IsFalse(rig.Pdu.Model.Outlet(1).IsOn);
            Assert.IsTrue(rig.Pdu.Model.RelaySensorFault);
            Assert.IsTrue(rig.Events.Contains(ModelEvent.SensorFault, 0));
        }

        [TestMethod]
        public void OutletCurrentAboveItsThresholdRaisesTheAlarmOnce()
        {
            var rig = new Rig();
            rig.Adc[2].Millivolts = 1200; // 10 mA per mV: 12 A on outlet 3
            rig.Adc[0].Millivolts = 100;  // 1 A on outlet 1
            rig.Pdu.Poll();
            rig.Pdu.Poll();
            PduOutlet three = rig.Pdu.Model.Outlet(3);
            Assert.AreEqual(120, three.CurrentDeciamps);
            Assert.AreEqual(2760, three.PowerWatts, "12 A at 230 V");
            Assert.IsTrue(three.Overcurrent);
            Assert.IsFalse(rig.Pdu.Model.Outlet(1).Overcurrent);
            Assert.AreEqual(2760 + 230, rig.Pdu.Model.TotalPowerWatts);
            Assert.AreEqual(1, rig.Events.Count(ModelEvent.OutletOvercurrent));
            Assert.IsTrue(rig.Events.Contains(ModelEvent.OutletOvercurrent, 3));
            rig.Adc[2].Millivolts = 500;
            rig.Pdu.Poll();
            Assert.IsFalse(three.Overcurrent);
            Assert.IsTrue(rig.Events.Contains(ModelEvent.OutletOvercurrentCleared, 3));
        }

        [TestMethod]
        public void AFailedCurrentSensorIsMarkedOnItsOutlet()
        {
            var rig = new Rig();
            rig.Adc[5].Failing = true;
            rig.Pdu.Poll();
            Assert.IsTrue(rig.Pdu.Model.Outlet(6).SensorFault);
            Assert.IsFalse(rig.Pdu.Model.Outlet(5).SensorFault);
            Assert.IsTrue(rig.Events.Contains(ModelEvent.SensorFault, 6));
        }
    }
}
