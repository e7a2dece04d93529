using System.Diagnostics;
using System.Threading;
using Callhome.Boards.Esp32Ups;
using Callhome.Hal;

namespace Callhome.Firmware.Esp32
{
    /// <summary>
    /// nanoFramework entry for the ESP32 UPS controller: wires the board, then (once the lean crypto
    /// backend exists) runs the same agent core as the NativeAOT firmware.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            IMonotonicClock clock = new TickCountClock();
            IRealTimeClock rtc = new Esp32RealTimeClock();
            IEntropySource entropy = new Esp32EntropySource();
            IKeyStore keys = new FlashFileKeyStore("I:\\keys");
            Debug.WriteLine("callhome: ESP32 UPS controller, boot at " + clock.ElapsedMilliseconds.ToString() + " ms");
            Debug.WriteLine(rtc.IsSynchronised ? "callhome: clock set" : "callhome: clock unsynchronised");
            byte[] probe = new byte[16];
            entropy.GetBytes(probe, 0, probe.Length);
            Debug.WriteLine(keys.Read("device-ed25519", new byte[32], 0, 32) == 32
                ? "callhome: device key present"
                : "callhome: no device key yet; it is generated once the lean crypto backend lands");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
