using System.Runtime.Versioning;

// The Linux board's entropy (getrandom) and clock: this client runs on Linux only.
[assembly: SupportedOSPlatform("linux")]
