using System.Device.Adc;
using System.Device.I2c;
using Callhome.Boards.NanoFramework;
using Callhome.Hal;

namespace Callhome.Boards.Esp32Ups
{
    /// <summary>
    /// The UPS controller's wiring on an ESP32-WROOM-32 (README.md: pins, buses, memory): the battery-branch power
    /// monitor and the fuel gauge on I2C1, mains sense, output current and battery temperature on ADC1, the flash
    /// pages and key files on the internal LittleFS drive.
    /// </summary>
    public sealed class Esp32UpsBoard
    {
        public const int I2cBusId = 1;               // I2C1 on nanoFramework's default pins: SDA GPIO18, SCL GPIO19
        public const int PowerMonitorAddress = 0x40; // INA219, battery branch, 0.1 ohm shunt
        public const int FuelGaugeAddress = 0x36;    // MAX17048
        public const int MainsSenseChannel = 0;      // ADC1_CH0, GPIO36: rectified mains divider
        public const int OutputCurrentChannel = 3;   // ADC1_CH3, GPIO39: output current transformer
        public const int TemperatureChannel = 6;     // ADC1_CH6, GPIO34: TMP36 on the battery pack
        public const int AdcReferenceMillivolts = 3300;
        public const int FlashPageSize = 4096;
        public const int FlashPageCount = 64;

        public Esp32UpsBoard()
        {
            Clock = new TickCountClock();
            RealTimeClock = new Esp32RealTimeClock();
            Entropy = new Esp32EntropySource();
            KeyStore = new FlashFileKeyStore("I:\\keys");
            I2cBus = new NanoI2cBus(I2cBusId, I2cBusSpeed.FastMode);
            var adc = new AdcController();
            MainsSense = new NanoAdcChannel(adc, MainsSenseChannel, AdcReferenceMillivolts);
            OutputCurrent = new NanoAdcChannel(adc, OutputCurrentChannel, AdcReferenceMillivolts);
            Temperature = new NanoAdcChannel(adc, TemperatureChannel, AdcReferenceMillivolts);
            Flash = new FileSystemFlash("I:\\callhome-flash.bin", FlashPageSize, FlashPageCount);
        }

        public IMonotonicClock Clock { get; }

        public IRealTimeClock RealTimeClock { get; }

        public IEntropySource Entropy { get; }

        public IKeyStore KeyStore { get; }

        public II2cBus I2cBus { get; }

        public IAdcChannel MainsSense { get; }

        public IAdcChannel OutputCurrent { get; }

        public IAdcChannel Temperature { get; }

        public IFlash Flash { get; }
    }
}
