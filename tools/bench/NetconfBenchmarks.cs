using System.Text;
using BenchmarkDotNet.Attributes;
using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Linux;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;

namespace Callhome.Bench
{
    /// <summary>
    /// A NETCONF session in memory (no SSH) on an emulated UPS: a full-tree get (system and ups containers),
    /// and an edit-config of system/contact answered ok. One operation = one rpc in, one whole reply out.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(InProcessShortConfig))]
    public class NetconfBenchmarks
    {
        private readonly NetconfSession session;
        private readonly CountingOutput output = new();
        private readonly byte[] get;
        private readonly byte[][] edits = new byte[2][];
        private int turn;

        public NetconfBenchmarks()
        {
            var clock = new StopwatchClock();
            var bus = new SimulatedI2cBus();
            var gauge = new SimulatedMax17048 { StateOfChargeMillipercent = 87000 };
            bus.Attach(0x40, new SimulatedIna219 { BusMillivolts = 26800 });
            bus.Attach(0x36, gauge);
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            var ups = new UpsController(new Ina219PowerMonitor(bus, 0x40, 100, 100000), configuration, new Max17048FuelGauge(bus, 0x36),
                new SimulatedAdcChannel { Millivolts = 2500 }, new SimulatedAdcChannel { Millivolts = 300 }, new SimulatedAdcChannel { Millivolts = 750 },
                clock, new UpsRating());
            ups.Poll();
            var data = new DeviceData();
            data.Add(new SystemPart("ups-1", "ups", "bench", clock, new BatterylessRealTimeClock(clock)));
            data.Add(new UpsPart(ups));
            var handlers = new RpcHandlers();
            BaseOperations.Register(handlers, data, new RunningDatastore(data.Schema, data));
            session = new NetconfSession(new NetconfServer(handlers, System.Array.Empty<string>(), NetconfLimits.Default()), output);
            session.Start();
            Feed(Frame("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>", false));
            get = Frame("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get/></rpc>", true);
            for (int i = 0; i < 2; i++)
            {
                edits[i] = Frame("<rpc message-id=\"2\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><edit-config><target><running/></target><config>"
                    + "<system xmlns=\"urn:callhome:yang:callhome-system\"><contact>ops-" + i + "@example.net</contact></system></config></edit-config></rpc>", true);
            }
        }

        [Benchmark]
        public long FullGetOfTheUps()
        {
            Feed(get);
            return output.Bytes;
        }

        [Benchmark]
        public long EditConfigRoundTrip()
        {
            turn ^= 1;
            Feed(edits[turn]);
            return output.Bytes;
        }

        private void Feed(byte[] message) => session.Receive(message, 0, message.Length);

        private static byte[] Frame(string message, bool chunked)
        {
            var sink = new CountingOutput { Keep = true };
            var writer = new NetconfFrameWriter(sink, 65536);
            if (chunked)
            {
                writer.SwitchToChunked();
            }

            byte[] bytes = Encoding.UTF8.GetBytes(message);
            writer.WriteMessage(bytes, 0, bytes.Length);
            return sink.Kept.ToArray();
        }

        private sealed class CountingOutput : INetconfOutput
        {
            public bool Keep { get; init; }

            public System.IO.MemoryStream Kept { get; } = new();

            public long Bytes { get; private set; }

            public void Write(byte[] buffer, int offset, int count)
            {
                Bytes += count;
                if (Keep)
                {
                    Kept.Write(buffer, offset, count);
                }
            }
        }
    }
}
