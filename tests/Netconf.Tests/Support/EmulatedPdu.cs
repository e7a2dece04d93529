using Callhome.AgentCore.Model.Pdu;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Emulator.Physics;
using Callhome.Hal;
using Callhome.Hal.Drivers.Mcp23017;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>A PDU on simulated chips: the real MCP23017 driver over the simulated expander, one simulated
    /// ADC channel per outlet.</summary>
    internal sealed class EmulatedPdu
    {
        public EmulatedPdu(IMonotonicClock clock)
        {
            Bus.Attach(Mcp23017RelayBank.DefaultAddress, Expander);
            var currents = new IAdcChannel[8];
            for (int i = 0; i < currents.Length; i++)
            {
                Adc[i] = new SimulatedAdcChannel();
                currents[i] = Adc[i];
            }

            Controller = new PduController(new Mcp23017RelayBank(Bus, Mcp23017RelayBank.DefaultAddress, false), currents, clock, new PduRating());
            Controller.Poll();
        }

        public SimulatedI2cBus Bus { get; } = new();

        public SimulatedMcp23017 Expander { get; } = new();

        public SimulatedAdcChannel[] Adc { get; } = new SimulatedAdcChannel[8];

        public PduController Controller { get; }
    }
}
