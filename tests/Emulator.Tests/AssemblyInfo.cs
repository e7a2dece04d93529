using System.Runtime.Versioning;

// The emulator assembly is Linux-only (it borrows the Linux board's entropy and key store).
[assembly: SupportedOSPlatform("linux")]
