using System.Runtime.Versioning;

// The tests drive the emulated board, which is Linux-only.
[assembly: SupportedOSPlatform("linux")]
