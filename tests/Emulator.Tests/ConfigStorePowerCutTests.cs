using System.Diagnostics;
using Callhome.AgentCore.Config;
using Callhome.Boards.Emulator;
using Xunit;

namespace Callhome.Emulator.Tests
{
    /// <summary>
    /// One config save, cut at every byte it erases or programs: after the "reboot" (a new store over the same
    /// flash) the loaded configuration is the committed old one or the complete new one, never anything else,
    /// and the next save after the reboot works.
    /// </summary>
    public class ConfigStorePowerCutTests
    {
        public enum Start
        {
            NeverConfigured,
            OneSave,
            ManySaves,
        }

        [Theory]
        [InlineData(Start.NeverConfigured)]
        [InlineData(Start.OneSave)]
        [InlineData(Start.ManySaves)]
        public void APowerCutAtAnyByteOfASaveLeavesTheOldOrTheNewConfig(Start start)
        {
            SimulatedFlash baseline = SimulatedFlashFactory.Blank();
            DeviceConfig old = DeviceConfig.FactoryDefaults();
            int saves = start == Start.NeverConfigured ? 0 : start == Start.OneSave ? 1 : 5;
            for (int i = 0; i < saves; i++)
            {
                old = ConfigSamples.Old();
                old.PeriodSeconds = 3600 + i;
                SimulatedFlashFactory.Store(baseline).Save(old);
            }

            DeviceConfig fresh = ConfigSamples.New();
            long total = OperationsOfOneSave(baseline, fresh);
            Assert.True(total > ConfigStore.PagesPerSlotFor(ConfigSamples.PageSize) * ConfigSamples.PageSize, "the save erases a whole slot");

            var clock = Stopwatch.StartNew();
            int sawOld = 0;
            int sawNew = 0;
            for (long cut = 0; cut <= total; cut++)
            {
                SimulatedFlash flash = SimulatedFlashFactory.CopyOf(baseline);
                ConfigStore before = SimulatedFlashFactory.Store(flash);
                before.Load();
                flash.CutPowerAfter(cut);
                if (cut < total)
                {
                    Assert.Throws<PowerLossException>(() => before.Save(fresh));
                }
                else
                {
                    before.Save(fresh);
                }

                flash.RestorePower();
                ConfigStore rebooted = SimulatedFlashFactory.Store(flash);
                DeviceConfig loaded = rebooted.Load();
                bool isOld = loaded.ContentEquals(old);
                bool isNew = loaded.ContentEquals(fresh);
                Assert.True(isOld || isNew, "cut after " + cut + " of " + total + " byte operations: " + rebooted.LoadDetail);

                // The new record is complete only once its last CRC byte is programmed (an FFh byte needs no programming).
                if (cut < total - ConfigLimits.CrcBytes)
                {
                    Assert.True(isOld, "cut after " + cut + ": the new record cannot be complete yet");
                }

                if (isOld && saves == 0)
                {
                    Assert.NotEqual(ConfigLoadStatus.Loaded, rebooted.LoadStatus);
                }
                else if (isOld)
                {
                    Assert.True(rebooted.LoadStatus is ConfigLoadStatus.Loaded or ConfigLoadStatus.LoadedOtherSlotCorrupt, rebooted.LoadDetail);
                }

                sawOld += isOld ? 1 : 0;
                sawNew += isNew ? 1 : 0;

                DeviceConfig third = ConfigSamples.Third();
                rebooted.Save(third);
                Assert.True(SimulatedFlashFactory.Store(flash).Load().ContentEquals(third), "the first save after a cut at " + cut);
            }

            Assert.True(sawOld >= total - ConfigLimits.CrcBytes);
            Assert.True(sawNew >= 1);
            Assert.True(clock.ElapsedMilliseconds < 20000, "exhaustive loop took " + clock.ElapsedMilliseconds + " ms");
        }

        [Fact]
        public void ACutDuringTheEraseLeavesACorruptSlotThatIsReportedAndRecovered()
        {
            SimulatedFlash flash = SimulatedFlashFactory.Blank();
            SimulatedFlashFactory.Store(flash).Save(ConfigSamples.Old());
            SimulatedFlashFactory.Store(flash).Save(ConfigSamples.Old());
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            store.Load();
            flash.CutPowerAfter(10);
            Assert.Throws<PowerLossException>(() => store.Save(ConfigSamples.New()));
            flash.RestorePower();

            ConfigStore rebooted = SimulatedFlashFactory.Store(flash);
            Assert.True(rebooted.Load().ContentEquals(ConfigSamples.Old()));
            Assert.Equal(ConfigLoadStatus.LoadedOtherSlotCorrupt, rebooted.LoadStatus);
            Assert.Contains("no record header", rebooted.LoadDetail, System.StringComparison.Ordinal);
        }

        private static long OperationsOfOneSave(SimulatedFlash baseline, DeviceConfig config)
        {
            SimulatedFlash flash = SimulatedFlashFactory.CopyOf(baseline);
            ConfigStore store = SimulatedFlashFactory.Store(flash);
            store.Load();
            long before = flash.Operations;
            store.Save(config);
            return flash.Operations - before;
        }
    }
}
