using System;
using System.Collections;
using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Schema;
using Callhome.Hal;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>
    /// Turns model transitions into the notifications of our modules on the NETCONF stream (RFC 5277), with
    /// eventTime from the real-time clock. Until the clock is set, eventTime is what the clock has (its
    /// epoch plus uptime) and system/clock-synchronised says so. Events nobody subscribed to wait in the
    /// stream's replay buffer. Called on the poller's thread.
    /// With <see cref="Deferred"/> set, events are built at once (the model is read while it is locked) but
    /// published only by <see cref="Flush"/>, which the poll loop calls after releasing the device lock: a
    /// publisher then never holds the device lock while it writes to a session, and sessions take the device
    /// lock only inside their own write lock, so the two cannot deadlock.
    /// </summary>
    public sealed class ModelNotifications : IModelListener, IConfigChangeListener
    {
        private readonly EventStream stream;
        private readonly IRealTimeClock clock;
        private readonly ArrayList waiting = new ArrayList();

        public ModelNotifications(EventStream stream, IRealTimeClock clock)
        {
            this.stream = stream;
            this.clock = clock;
        }

        public bool Deferred { get; set; }

        /// <summary>Publishes the events built since the last flush, in order.</summary>
        public void Flush()
        {
            object?[] due;
            lock (waiting)
            {
                if (waiting.Count == 0)
                {
                    return;
                }

                due = waiting.ToArray();
                waiting.Clear();
            }

            for (int i = 0; i < due.Length; i++)
            {
                stream.Publish((NetconfEvent)due[i]!);
            }
        }

        public void OnModelEvent(object source, ModelEvent change, int index)
        {
            DataNode? content = Content(source, change, index);
            if (content != null)
            {
                clock.TryGetUtcNow(out DateTime now);
                Publish(new NetconfEvent(now, content));
            }
        }

        /// <summary>system/config-change after a committed edit (0 for the console).</summary>
        public void ConfigChanged(int sessionId)
        {
            DataNode content = new DataNode(DeviceModules.System, "config-change", null, false);
            content.Leaf("session-id", sessionId.ToString(), false);
            clock.TryGetUtcNow(out DateTime now);
            Publish(new NetconfEvent(now, content));
        }

        private void Publish(NetconfEvent netconfEvent)
        {
            if (!Deferred)
            {
                stream.Publish(netconfEvent);
                return;
            }

            lock (waiting)
            {
                waiting.Add(netconfEvent);
            }
        }

        private static DataNode? Content(object source, ModelEvent change, int index)
        {
            UpsModel? ups = source as UpsModel;
            PduModel? pdu = source as PduModel;
            PrinterModel? printer = source as PrinterModel;
            switch (change)
            {
                case ModelEvent.OnBattery:
                    return ups == null ? null : Battery("on-battery", ups);
                case ModelEvent.BatteryLow:
                    return ups == null ? null : Battery("battery-low", ups);
                case ModelEvent.OnMains:
                    return new DataNode(DeviceModules.Ups, "on-mains", null, false);
                case ModelEvent.OutletOvercurrent:
                    if (pdu == null || !pdu.IsValidOutlet(index))
                    {
                        return null;
                    }

                    DataNode overcurrent = new DataNode(DeviceModules.Pdu, "outlet-overcurrent", null, false);
                    overcurrent.Leaf("id", index.ToString(), false);
                    overcurrent.Leaf("current", DecimalType.Format(pdu.Outlet(index).CurrentDeciamps), false);
                    return overcurrent;
                case ModelEvent.TonerLow:
                    DataNode toner = new DataNode(DeviceModules.Printer, "toner-low", null, false);
                    if (printer != null && index >= 0 && index < printer.SupplyCount)
                    {
                        toner.Leaf("colorant", printer.Supply(index).Colorant, false);
                        toner.Leaf("level", printer.Supply(index).Level.ToString(), false);
                    }

                    return toner;
                case ModelEvent.PaperJam:
                    return new DataNode(DeviceModules.Printer, "paper-jam", null, false);
                default:
                    return null;
            }
        }

        private static DataNode Battery(string name, UpsModel ups)
        {
            DataNode content = new DataNode(DeviceModules.Ups, name, null, false);
            content.Leaf("charge-remaining", ups.EstimatedChargeRemaining.ToString(), false);
            content.Leaf("minutes-remaining", ups.EstimatedMinutesRemaining.ToString(), false);
            return content;
        }
    }
}
