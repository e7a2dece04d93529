using System;
using Callhome.Hal;
using Callhome.Hal.Drivers.Mcp23017;

namespace Callhome.AgentCore.Model.Pdu
{
    /// <summary>
    /// Switches the PDU's outlets through the MCP23017 relay bank and polls their current transformers (one ADC
    /// channel per outlet) into a <see cref="PduModel"/>. Delayed switches wait on the monotonic clock and run
    /// in <see cref="Poll"/>, so their timing is as fine as the poll interval.
    /// </summary>
    public sealed class PduController
    {
        private readonly Mcp23017RelayBank relays;
        private readonly IAdcChannel[] currents;
        private readonly IMonotonicClock clock;
        private readonly PduRating rating;
        private bool relaysReady;

        public PduController(Mcp23017RelayBank relays, IAdcChannel[] outletCurrents, IMonotonicClock clock, PduRating rating)
        {
            ArgumentNullException.ThrowIfNull(relays);
            ArgumentNullException.ThrowIfNull(outletCurrents);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(rating);
            if (rating.OutletCount < 1 || rating.OutletCount > Mcp23017RelayBank.RelayCount || outletCurrents.Length != rating.OutletCount)
            {
                throw new ArgumentException("one current channel per outlet, 1 to 16 outlets", nameof(outletCurrents));
            }

            this.relays = relays;
            currents = outletCurrents;
            this.clock = clock;
            this.rating = rating;
            Model = new PduModel(rating);
        }

        public PduModel Model { get; }

        /// <summary>Switches outlet <paramref name="number"/> on after <paramref name="delaySeconds"/> (0 = now).</summary>
        public ModelResult SwitchOn(int number, int delaySeconds)
        {
            return Schedule(number, OutletAction.On, delaySeconds);
        }

        public ModelResult SwitchOff(int number, int delaySeconds)
        {
            return Schedule(number, OutletAction.Off, delaySeconds);
        }

        /// <summary>Off now, on again after <paramref name="offSeconds"/> (at least 1: a zero-length cycle
        /// would not reboot anything).</summary>
        public ModelResult Cycle(int number, int offSeconds)
        {
            if (Model.IsValidOutlet(number) && offSeconds < 1)
            {
                return ModelResult.BadValue;
            }

            ModelResult result = Validate(number, offSeconds);
            if (result != ModelResult.Ok)
            {
                return result;
            }

            if (!Drive(number, false))
            {
                return ModelResult.HardwareFault;
            }

            Pend(number, OutletAction.Cycle, offSeconds);
            return ModelResult.Ok;
        }

        /// <summary>Drops a switch still waiting for its delay (an outlet mid-cycle stays off).</summary>
        public ModelResult CancelPending(int number)
        {
            if (!Model.IsValidOutlet(number))
            {
                return ModelResult.NoSuchObject;
            }

            Model.Outlet(number).PendingAction = OutletAction.None;
            return ModelResult.Ok;
        }

        public ModelResult SetName(int number, string name)
        {
            if (!Model.IsValidOutlet(number))
            {
                return ModelResult.NoSuchObject;
            }

            if (name == null || name.Length == 0 || name.Length > rating.MaxNameLength)
            {
                return ModelResult.BadValue;
            }

            Model.Outlet(number).Name = name;
            return ModelResult.Ok;
        }

        public ModelResult SetOvercurrentThreshold(int number, int deciamps)
        {
            if (!Model.IsValidOutlet(number))
            {
                return ModelResult.NoSuchObject;
            }

            if (deciamps < 1 || deciamps > 1000)
            {
                return ModelResult.BadValue;
            }

            Model.Outlet(number).OvercurrentDeciamps = deciamps;
            return ModelResult.Ok;
        }

        public void Poll()
        {
            long now = clock.ElapsedMilliseconds;
            RunDueActions(now);
            ReadRelays();
            int total = 0;
            for (int number = 1; number <= Model.OutletCount; number++)
            {
                total += ReadCurrent(number);
            }

            Model.TotalPowerWatts = total;
        }

        private ModelResult Schedule(int number, OutletAction action, int delaySeconds)
        {
            ModelResult result = Validate(number, delaySeconds);
            if (result != ModelResult.Ok)
            {
                return result;
            }

            if (delaySeconds > 0)
            {
                Pend(number, action, delaySeconds);
                return ModelResult.Ok;
            }

            Model.Outlet(number).PendingAction = OutletAction.None;
            return Drive(number, action == OutletAction.On) ? ModelResult.Ok : ModelResult.HardwareFault;
        }

        private ModelResult Validate(int number, int delaySeconds)
        {
            if (!Model.IsValidOutlet(number))
            {
                return ModelResult.NoSuchObject;
            }

            return delaySeconds < 0 || delaySeconds > rating.MaxDelaySeconds ? ModelResult.BadValue : ModelResult.Ok;
        }

        private void Pend(int number, OutletAction action, int delaySeconds)
        {
            PduOutlet outlet = Model.Outlet(number);
            outlet.PendingAction = action;
            outlet.PendingDueMilliseconds = clock.ElapsedMilliseconds + (delaySeconds * 1000L);
        }

        private void RunDueActions(long now)
        {
            for (int number = 1; number <= Model.OutletCount; number++)
            {
                PduOutlet outlet = Model.Outlet(number);
                if (outlet.PendingAction == OutletAction.None || now < outlet.PendingDueMilliseconds)
                {
                    continue;
                }

                // A failed write leaves the action pending: the next poll tries again.
                if (Drive(number, outlet.PendingAction != OutletAction.Off))
                {
                    outlet.PendingAction = OutletAction.None;
                }
            }
        }

        private bool Drive(int number, bool on)
        {
            if (!EnsureRelays() || !relays.TrySetRelay(number - 1, on))
            {
                return false;
            }

            PduOutlet outlet = Model.Outlet(number);
            if (outlet.IsOn != on)
            {
                outlet.IsOn = on;
                Model.Listeners.Raise(Model, on ? ModelEvent.OutletSwitchedOn : ModelEvent.OutletSwitchedOff, number);
            }

            return true;
        }

        private bool EnsureRelays()
        {
            if (!relaysReady)
            {
                relaysReady = relays.TryInitialize();
            }

            return relaysReady;
        }

        // A read-back fault keeps the last states. The bank is not re-initialized here: that latches every relay
        // off, which is for the operator (or a reboot) to decide, not a poll.
        private void ReadRelays()
        {
            int on = 0;
            bool fault = !EnsureRelays() || !relays.TryReadState(out on);
            if (!fault)
            {
                for (int number = 1; number <= Model.OutletCount; number++)
                {
                    Model.Outlet(number).IsOn = (on & (1 << (number - 1))) != 0;
                }
            }

            if (fault != Model.RelaySensorFault)
            {
                Model.RelaySensorFault = fault;
                Model.Listeners.Raise(Model, fault ? ModelEvent.SensorFault : ModelEvent.SensorRecovered, 0);
            }
        }

        private int ReadCurrent(int number)
        {
            PduOutlet outlet = Model.Outlet(number);
            IAdcChannel channel = currents[number - 1];
            bool ok = channel.TryRead(out int raw);
            if (ok != !outlet.SensorFault)
            {
                outlet.SensorFault = !ok;
                Model.Listeners.Raise(Model, ok ? ModelEvent.SensorRecovered : ModelEvent.SensorFault, number);
            }

            if (ok)
            {
                int milliamps = Fixed.AdcMillivolts(raw, channel.ReferenceMillivolts, channel.MaxValue) * rating.OutletMilliampsPerMillivolt;
                outlet.CurrentDeciamps = (int)Fixed.DivideRounded(milliamps, 100);
                outlet.PowerWatts = (int)Fixed.DivideRounded((long)milliamps * rating.NominalVolts, 1000);
            }

            bool over = outlet.CurrentDeciamps > outlet.OvercurrentDeciamps;
            if (over != outlet.Overcurrent)
            {
                outlet.Overcurrent = over;
                Model.Listeners.Raise(Model, over ? ModelEvent.OutletOvercurrent : ModelEvent.OutletOvercurrentCleared, number);
            }

            return outlet.PowerWatts;
        }
    }
}
