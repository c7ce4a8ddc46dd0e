#!/bin/bash
# The whole test suite in newer Debian releases (make test-compat; not part of make test or CI).
#
#   scripts/test_compat.sh [SUITE...]       # default: trixie sid
#   COMPAT_BUILD_ONLY=1 scripts/test_compat.sh   # only make (or refresh) the roots
#
# For each suite: a root filesystem made once with debootstrap under .build/compat/<suite>/root
# (stamp files: debootstrapped, then packages installed; a second run only re-runs the tests),
# the Debian packages of `make test` installed in it ($COMPAT_APT_PACKAGES, from the Makefile),
# a fresh copy of this checkout at the same path inside it, ../shared bind-mounted read-only, and
# `make test` run there (same mechanism: a --system-site-packages venv with requirements-dev.txt).
# /proc, /sys, /dev, /dev/pts, /dev/shm are mounted for the run and unmounted on any exit.
# At the end, per suite: QGIS version, Python version, pytest summary line; exit 1 if any failed.
set -uo pipefail

CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${COMPAT_BUILD:-$CHECKOUT/.build/compat}
MIRROR=${COMPAT_MIRROR:-http://deb.debian.org/debian}
# make test's Debian packages (passed by the Makefile), plus what a minbase root lacks for the
# suite: make (the Makefile), git (make package lists files with git ls-files), CA certificates (pip)
PACKAGES=${COMPAT_APT_PACKAGES:-qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-numpy \
python3-scipy python3-numba python3-pyproj python3-h5py python3-matplotlib python3-pytest python3-venv \
python3-pip pyqt5-dev-tools qttools5-dev-tools}
EXTRA_PACKAGES="make git ca-certificates"
SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=(trixie sid)

log() { printf '\n==> [%s] %s\n' "$SUITE" "$*"; }
took() { echo "    ($1: $(( $(date +%s) - $2 )) s)"; }

MOUNTS=()
unmount_all() {   # reverse order; lazy unmount as a last resort so nothing stays mounted
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null \
            || echo "warning: cannot unmount ${MOUNTS[i]}" >&2
    done
    MOUNTS=()
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_into() {    # mount_into ROOT TARGET MOUNT-ARGS...
    local target=$1$2
    shift 2
    mkdir -p "$target"
    mount "$@" "$target" && MOUNTS+=("$target")
}

mount_system() {
    local root=$1
    mount_into "$root" /proc -t proc proc &&
    mount_into "$root" /sys -t sysfs sysfs &&
    mount_into "$root" /dev --bind /dev &&
    mount_into "$root" /dev/pts --bind /dev/pts &&
    mount_into "$root" /dev/shm -t tmpfs -o mode=1777 tmpfs
}

in_root() {       # in_root ROOT COMMAND...: a clean environment, like a fresh login
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        ${OPENBLAS_CORETYPE:+OPENBLAS_CORETYPE=$OPENBLAS_CORETYPE} \
        ${OPENBLAS_L2_SIZE:+OPENBLAS_L2_SIZE=$OPENBLAS_L2_SIZE} "$@"
}

# make test's package names that this suite lacks are left out with a note ("missing:NAME")
package_names() {
    local root=$1 name available
    for name in $PACKAGES $EXTRA_PACKAGES; do
        available=$(in_root "$root" apt-cache show --no-all-versions "$name" 2>/dev/null | sed -n 's/^Package: //p')
        if [ -n "$available" ]; then echo "$name"; else echo "missing:$name"; fi
    done
}

configure_root() { # the host's name resolution and local CA certificates (a TLS-inspecting proxy for PyPI)
    local root=$1
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
        [ ! -x "$root/usr/sbin/update-ca-certificates" ] || in_root "$root" update-ca-certificates >/dev/null 2>&1
    fi
}

build_root() {    # debootstrap once, then install the packages; stamps make both steps run once
    local dir=$1 root=$1/root
    if [ ! -e "$dir/debootstrap.stamp" ]; then
        log "debootstrap $SUITE from $MIRROR into $root"
        local t0
        t0=$(date +%s)
        if grep -qF " $root/" /proc/mounts; then echo "$root still has mounts: unmount them first"; return 1; fi
        rm -rf --one-file-system "$root" "$dir/packages.stamp"
        mkdir -p "$dir"
        debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$dir/debootstrap.log" 2>&1 || {
            tail -n 30 "$dir/debootstrap.log"
            echo "debootstrap failed (log: $dir/debootstrap.log)"
            return 1
        }
        echo "deb $MIRROR $SUITE main" >"$root/etc/apt/sources.list"
        # like make deps: no recommends; a mirror may lag behind sid's 7-day Valid-Until: accept it
        printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\nAcquire::Check-Valid-Until "false";\n' \
            >"$root/etc/apt/apt.conf.d/90compat"
        touch "$dir/debootstrap.stamp"
        took debootstrap "$t0"
    fi
    configure_root "$root"
    local wanted
    wanted=$(printf '%s\n' $PACKAGES $EXTRA_PACKAGES | sort -u)
    if [ ! -e "$dir/packages.stamp" ] || [ "$(cat "$dir/packages.stamp")" != "$wanted" ] \
        || [ ! -s "$dir/apt-packages" ]; then
        log "installing packages in $root"
        local t1
        t1=$(date +%s)
        in_root "$root" apt-get update -q >"$dir/apt.log" 2>&1 || { tail -n 30 "$dir/apt.log"; return 1; }
        local names missing
        names=$(package_names "$root")
        grep -v '^missing:' <<<"$names" | grep -vxE "${EXTRA_PACKAGES// /|}" >"$dir/apt-packages"
        missing=$(sed -n 's/^missing://p' <<<"$names" | tr '\n' ' ')
        [ -z "$missing" ] || echo "not in $SUITE (skipped): $missing"
        # shellcheck disable=SC2046
        in_root "$root" apt-get install -y -q $(grep -v '^missing:' <<<"$names") >>"$dir/apt.log" 2>&1 || {
            tail -n 40 "$dir/apt.log"
            echo "apt-get install failed in $SUITE (log: $dir/apt.log)"
            return 1
        }
        in_root "$root" apt-get clean  # the downloaded .debs (~0.6 GB) are not needed again
        configure_root "$root"     # now with ca-certificates installed
        echo "$wanted" >"$dir/packages.stamp"
        took packages "$t1"
    fi
}

copy_checkout() { # the working tree (tracked + untracked, not ignored) at the same path inside the root
    local root=$1 dest=$1$CHECKOUT
    mkdir -p "$dest"
    # keep the root's own venv (.venv, cached like make test's); everything else is copied afresh
    find "$dest" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf --one-file-system {} +
    (cd "$CHECKOUT" && git ls-files -z -co --exclude-standard | xargs -0 -r ls -d 2>/dev/null | tr '\n' '\0' \
        | tar --null -T - -cf -) | tar -C "$dest" -xf - || return 1
    # make package lists the tracked files with git ls-files: the same list, as a fresh repository
    (cd "$CHECKOUT" && git ls-files -z) >"$root/tmp/tracked-files"
    in_root "$root" sh -c "cd '$CHECKOUT' && git init -q &&
        xargs -0 -a /tmp/tracked-files git add -f --" || return 1
    local shared
    shared=$(dirname "$CHECKOUT")/shared
    if [ -d "$shared" ]; then
        mkdir -p "$root$shared"
        mountpoint -q "$root$shared" || { mount_into "$root" "$shared" --bind "$shared" &&
            mount -o remount,bind,ro "$root$shared"; }
    fi
}

run_suite() {
    local dir=$BUILD/$SUITE root=$BUILD/$SUITE/root
    mkdir -p "$dir"
    rm -f "$dir/result" "$dir/qgis_version" "$dir/python_version"
    build_root "$dir" || { echo "setup failed" >"$dir/result"; return 1; }
    if [ -n "${COMPAT_BUILD_ONLY:-}" ]; then echo "root ready (COMPAT_BUILD_ONLY)" >"$dir/result"; return 0; fi
    mount_system "$root" || { echo "mounting failed" >"$dir/result"; unmount_all; return 1; }
    copy_checkout "$root" || { echo "copying the checkout failed" >"$dir/result"; unmount_all; return 1; }
    in_root "$root" python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' >"$dir/qgis_version" 2>&1
    in_root "$root" python3 -c 'import sys; print(sys.version.split()[0])' >"$dir/python_version" 2>&1
    log "make test (QGIS $(tail -n 1 "$dir/qgis_version"), Python $(cat "$dir/python_version"))"
    local status t0
    t0=$(date +%s)
    # make test itself (its deps check runs with the package names this suite has)
    in_root "$root" bash -c "cd '$CHECKOUT' && make test APT_PACKAGES='$(tr '\n' ' ' <"$dir/apt-packages")'" \
        2>&1 | tee "$dir/test.log"
    status=${PIPESTATUS[0]}
    took "make test" "$t0"
    unmount_all
    local summary
    summary=$(grep -E '^=+ .*(passed|failed|error|skipped|no tests ran).* in [0-9.]+s' "$dir/test.log" | tail -n 1 \
        | sed -E 's/^=+ //; s/ =+$//')
    [ "$status" -eq 0 ] || summary="${summary:-no pytest summary}; make test exit $status"
    echo "$summary" >"$dir/result"
    return "$status"
}

failed=0
for SUITE in "${SUITES[@]}"; do
    start=$(date +%s)
    run_suite || failed=1
    echo "$(( $(date +%s) - start ))" >"$BUILD/$SUITE/seconds"
done

printf '\n==> make test-compat summary\n'
for SUITE in "${SUITES[@]}"; do
    dir=$BUILD/$SUITE
    printf '%-7s QGIS %-21s Python %-8s %s\n' "$SUITE" "$(tail -n 1 "$dir/qgis_version" 2>/dev/null || echo '?')" \
        "$(tail -n 1 "$dir/python_version" 2>/dev/null || echo '?')" "$(cat "$dir/result") [$(cat "$dir/seconds") s]"
done
exit "$failed"
