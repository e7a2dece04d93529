using System.Device.Adc;
using System.Device.Gpio;
using System.Device.I2c;
using Callhome.Boards.NanoFramework;
using Callhome.Hal;

namespace Callhome.Boards.Stm32Pdu
{
    /// <summary>
    /// The switched PDU's wiring on an STM32F769 (README.md: pins, buses, memory): the relay expander and the
    /// input power monitor on I2C1, eight outlet current transformers on ADC channels, the expander's reset line
    /// on a GPIO, the flash pages and key files on the board's file system.
    /// </summary>
    public sealed class Stm32PduBoard
    {
        public const int I2cBusId = 1;                 // I2C1: SCL PB8, SDA PB9
        public const int RelayExpanderAddress = 0x20;  // MCP23017, A2..A0 low
        public const int PowerMonitorAddress = 0x40;   // INA219 on the 12 V logic supply
        public const int ExpanderResetPin = (9 * 16) + 0;   // PJ0, active low
        public const int OutletCount = 8;
        public const int AdcReferenceMillivolts = 3300;
        public const int FlashPageSize = 4096;
        public const int FlashPageCount = 64;
        public const string StorageDrive = "D:";

        /// <summary>ADC1 channel numbers of the outlets' current transformers, outlet 1 first.</summary>
        public static readonly int[] OutletAdcChannels = { 0, 3, 4, 5, 6, 8, 9, 10 };

        public Stm32PduBoard()
        {
            Clock = new Stm32TickCountClock();
            Entropy = new Stm32EntropySource();
            I2cBus = new NanoI2cBus(I2cBusId, I2cBusSpeed.FastMode);
            Gpio = new GpioController();
            ExpanderReset = new NanoGpioPin(Gpio, ExpanderResetPin, Hal.PinMode.Output);
            ExpanderReset.Write(true);
            var adc = new AdcController();
            OutletCurrents = new IAdcChannel[OutletCount];
            for (int i = 0; i < OutletCount; i++)
            {
                OutletCurrents[i] = new NanoAdcChannel(adc, OutletAdcChannels[i], AdcReferenceMillivolts);
            }

            Flash = new FileSystemFlash(StorageDrive + "\\callhome-flash.bin", FlashPageSize, FlashPageCount);
        }

        public IMonotonicClock Clock { get; }

        public IEntropySource Entropy { get; }

        public II2cBus I2cBus { get; }

        public GpioController Gpio { get; }

        public IGpioPin ExpanderReset { get; }

        public IAdcChannel[] OutletCurrents { get; }

        public IFlash Flash { get; }
    }
}
