using System;
using System.IO;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Linux;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// One emulated board: its HAL seams, and a state directory that stands for its persistent storage, so a
    /// second boot with the same directory is the same device. The model decides which simulated chips sit
    /// on its I2C bus: "ups" (power monitor, fuel gauge), "pdu" (power monitor, relay expander), "printer"
    /// (engine status link); other models have an empty bus.
    /// </summary>
    public sealed class EmulatedBoard
    {
        private const string FlashImageName = "flash.bin";

        public EmulatedBoard(string model, string stateDirectory)
        {
            ArgumentException.ThrowIfNullOrEmpty(model);
            ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
            Model = model;
            StateDirectory = stateDirectory;
            Clock = new StopwatchClock();
            RealTimeClock = new BatterylessRealTimeClock(Clock);
            Entropy = new GetRandomEntropySource();
            KeyStore = new DirectoryKeyStore(Path.Combine(stateDirectory, "keys"));
            Flash = new SimulatedFlash(EmulatedBoardProfile.FlashPageSize, EmulatedBoardProfile.FlashPageCount);
            LoadFlashImage();
            I2cBus = new SimulatedI2cBus();
            AttachChips(model);
        }

        public string Model { get; }

        public string StateDirectory { get; }

        public IMonotonicClock Clock { get; }

        public IRealTimeClock RealTimeClock { get; }

        public IEntropySource Entropy { get; }

        public IKeyStore KeyStore { get; }

        /// <summary>The board's NOR flash, loaded from the state directory; <see cref="PersistFlash"/> writes it back.</summary>
        public SimulatedFlash Flash { get; }

        public SimulatedI2cBus I2cBus { get; }

        public SimulatedIna219? PowerMonitor { get; private set; }

        public SimulatedMax17048? FuelGauge { get; private set; }

        public SimulatedMcp23017? RelayExpander { get; private set; }

        public SimulatedPrinterEngine? PrinterEngine { get; private set; }

        /// <summary>Saves the flash image, as if the board were powered off now.</summary>
        public void PersistFlash()
        {
            Directory.CreateDirectory(StateDirectory);
            string path = Path.Combine(StateDirectory, FlashImageName);
            string temporary = path + ".tmp";
            File.WriteAllBytes(temporary, Flash.Cells);
            File.Move(temporary, path, true);
        }

        private void LoadFlashImage()
        {
            string path = Path.Combine(StateDirectory, FlashImageName);
            if (!File.Exists(path))
            {
                return;
            }

            byte[] image = File.ReadAllBytes(path);
            if (image.Length != Flash.Cells.Length)
            {
                throw new InvalidDataException(path + " is " + image.Length + " bytes, not the board's " + Flash.Cells.Length);
            }

            Array.Copy(image, Flash.Cells, image.Length);
        }

        private void AttachChips(string model)
        {
            switch (model)
            {
                case "ups":
                    PowerMonitor = Attach(EmulatedBoardProfile.PowerMonitorAddress, new SimulatedIna219 { BusMillivolts = 13600, ShuntMicrovolts = 15000 });
                    FuelGauge = Attach(EmulatedBoardProfile.FuelGaugeAddress, new SimulatedMax17048 { CellMicrovolts = 4100000, StateOfChargeMillipercent = 95000 });
                    break;
                case "pdu":
                    PowerMonitor = Attach(EmulatedBoardProfile.PowerMonitorAddress, new SimulatedIna219 { BusMillivolts = 12000, ShuntMicrovolts = 40000 });
                    RelayExpander = Attach(EmulatedBoardProfile.RelayExpanderAddress, new SimulatedMcp23017());
                    break;
                case "printer":
                    PrinterEngine = Attach(EmulatedBoardProfile.PrinterEngineAddress, new SimulatedPrinterEngine());
                    break;
                default:
                    break;
            }
        }

        private T Attach<T>(int address, T chip)
            where T : ISimulatedI2cDevice
        {
            I2cBus.Attach(address, chip);
            return chip;
        }
    }
}
