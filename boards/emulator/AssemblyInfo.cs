using System.Runtime.Versioning;

// The emulator runs on the Linux host and borrows the Linux board's entropy and storage.
[assembly: SupportedOSPlatform("linux")]
