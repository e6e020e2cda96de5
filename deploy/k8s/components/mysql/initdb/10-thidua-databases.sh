#!/bin/bash
# Run by the mysql image once, when its data volume is empty: one database and one user per service, each user
# allowed only its own database. Passwords come from the container's environment (docker-compose.yml).
set -euo pipefail
for service in units campaigns awards notifications; do
  password_variable="THIDUA_${service^^}_DB_PASSWORD"
  password="${!password_variable:?$password_variable is not set}"
  mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS thidua_${service} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON thidua_${service}.* TO '${service}'@'%';
SQL
done
