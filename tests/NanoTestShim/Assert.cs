using System;
using System.Collections;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    public sealed partial class Assert
    {
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                Fail("IsTrue failed", message);
            }
        }

        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                Fail("IsFalse failed", message);
            }
        }

        public static void IsNull(object? value, string message = "")
        {
            if (value != null)
            {
                Fail("IsNull failed: got " + value, message);
            }
        }

        public static void IsNotNull(object? value, string message = "")
        {
            if (value == null)
            {
                Fail("IsNotNull failed", message);
            }
        }

        public static void AreSame(object? expected, object? actual, string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("AreSame failed", message);
            }
        }

        public static void AreNotSame(object? notExpected, object? actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("AreNotSame failed", message);
            }
        }

        public static void Contains(string expected, string value, string message = "")
        {
            if (value == null || !value.Contains(expected, StringComparison.Ordinal))
            {
                Fail("Contains failed: '" + expected + "' not in '" + value + "'", message);
            }
        }

        public static void DoesNotContains(string notExpected, string value, string message = "")
        {
            if (value != null && value.Contains(notExpected, StringComparison.Ordinal))
            {
                Fail("DoesNotContains failed: '" + notExpected + "' in '" + value + "'", message);
            }
        }

        public static void StartsWith(string expected, string value, string message = "")
        {
            if (value == null || !value.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("StartsWith failed: '" + value + "' does not start with '" + expected + "'", message);
            }
        }

        public static void EndsWith(string expected, string value, string message = "")
        {
            if (value == null || !value.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("EndsWith failed: '" + value + "' does not end with '" + expected + "'", message);
            }
        }

        public static void IsInstanceOfType(object value, Type expected, string message = "")
        {
            if (value == null || !expected.IsInstanceOfType(value))
            {
                Fail("IsInstanceOfType failed: expected " + expected, message);
            }
        }

        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "")
        {
            if (value != null && notExpected.IsInstanceOfType(value))
            {
                Fail("IsNotInstanceOfType failed: " + notExpected, message);
            }
        }

        /// <summary>As on the device: the exception's type must be exactly <paramref name="exception"/>.</summary>
        public static void ThrowsException(Type exception, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex) when (ex is not AssertFailedException)
            {
                if (ex.GetType() != exception)
                {
                    Fail("ThrowsException failed: expected " + exception + ", got " + ex.GetType() + ": " + ex.Message, message);
                }

                return;
            }

            Fail("ThrowsException failed: nothing thrown, expected " + exception, message);
        }

        [Obsolete("Use ThrowsException")]
        public static void Throws(Type exceptionType, Action action, string message = "") => ThrowsException(exceptionType, action, message);

        public static void SkipTest(string? message = null) => throw new SkipTestException(message);

        [Obsolete("Use IsTrue")]
        public static void True(bool condition, string message = "") => IsTrue(condition, message);

        [Obsolete("Use IsFalse")]
        public static void False(bool condition, string message = "") => IsFalse(condition, message);

        [Obsolete("Use IsNull")]
        public static void Null(object? value, string message = "") => IsNull(value, message);

        [Obsolete("Use IsNotNull")]
        public static void NotNull(object? value, string message = "") => IsNotNull(value, message);

        [Obsolete("Use AreSame")]
        public static void Same(object? expected, object? actual, string message = "") => AreSame(expected, actual, message);

        [Obsolete("Use AreNotSame")]
        public static void NotSame(object? notExpected, object? actual, string message = "") => AreNotSame(notExpected, actual, message);

        [Obsolete("Use CollectionAssert.Empty")]
        public static void Empty(ICollection collection, string message = "") => CollectionAssert.Empty(collection, message);

        [Obsolete("Use CollectionAssert.NotEmpty")]
        public static void NotEmpty(ICollection collection, string message = "") => CollectionAssert.NotEmpty(collection, message);

        [Obsolete("Use IsInstanceOfType")]
        public static void IsType(Type expectedType, object value, string message = "") => IsInstanceOfType(value, expectedType, message);

        [Obsolete("Use IsNotInstanceOfType")]
        public static void IsNotType(Type wrongType, object value, string message = "") => IsNotInstanceOfType(value, wrongType, message);

        [Obsolete("Compare elements")]
        public static void Equal(Array expected, Array actual, string message = "")
        {
            if (expected.Length != actual.Length)
            {
                Fail("Equal failed: lengths " + expected.Length + " and " + actual.Length, message);
            }

            for (int i = 0; i < expected.Length; i++)
            {
                CheckEqual(expected.GetValue(i), actual.GetValue(i), message + " [" + i + "]");
            }
        }

        [Obsolete("Compare elements")]
        public static void NotEqual(Array notExpected, Array actual, string message = "")
        {
            if (notExpected.Length != actual.Length)
            {
                return;
            }

            for (int i = 0; i < notExpected.Length; i++)
            {
                if (!Equals(notExpected.GetValue(i), actual.GetValue(i)))
                {
                    return;
                }
            }

            Fail("NotEqual failed: arrays are equal", message);
        }

        internal static void Fail(string what, string message) =>
            throw new AssertFailedException(string.IsNullOrEmpty(message) ? what : what + ": " + message);

        private static void CheckEqual(object? expected, object? actual, string message)
        {
            if (!Equals(expected, actual))
            {
                Fail("AreEqual failed: expected <" + expected + ">, actual <" + actual + ">", message);
            }
        }

        private static void CheckDifferent(object? notExpected, object? actual, string message)
        {
            if (Equals(notExpected, actual))
            {
                Fail("AreNotEqual failed: both <" + actual + ">", message);
            }
        }
    }
}
