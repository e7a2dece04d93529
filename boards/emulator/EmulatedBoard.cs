using System;
using System.IO;
using Callhome.Boards.Linux;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// One emulated board: its HAL seams, and a state directory that stands for its persistent storage, so a
    /// second boot with the same directory is the same device.
    /// </summary>
    public sealed class EmulatedBoard
    {
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
        }

        public string Model { get; }

        public string StateDirectory { get; }

        public IMonotonicClock Clock { get; }

        public IRealTimeClock RealTimeClock { get; }

        public IEntropySource Entropy { get; }

        public IKeyStore KeyStore { get; }
    }
}
